package org.earshot.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earshot.rules.FieldViolation;

/**
 * The clocks of the evaluation workflow and whether a resolution may be appealed. Each window runs
 * from the step that opens it: the assignment, the submission, the dispute or appeal, the resolution.
 * The step fixes its window's end (and a dispute whether its resolution may be appealed) on the
 * evaluation, so a policy changed later moves no running clock.
 *
 * @param submitWithin      an assigned evaluation is due this long after its assignment
 * @param acknowledgeWithin the agent acknowledges or disputes within this long of the submission
 * @param resolveWithin     a reviewer resolves a dispute (and an appeal) within this long of it
 * @param appealWithin      the agent appeals a resolution within this long of it (only when {@code appealsAllowed})
 * @param appealsAllowed    whether a resolution may go to a second reviewer; without, a resolution closes the evaluation
 */
public record WorkflowPolicy(Duration submitWithin, Duration acknowledgeWithin, Duration resolveWithin, Duration appealWithin,
                             boolean appealsAllowed) {

    /** The longest window in whole hours (366 days): beyond a year a clock no longer says anything. */
    public static final int LONGEST_HOURS = 366 * 24;

    static final Duration LONGEST = Duration.ofHours(LONGEST_HOURS);

    /** What a QA team starts with: a week for each party, five days for reviewers, appeals allowed. */
    public static final WorkflowPolicy DEFAULT = new WorkflowPolicy(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(5),
            Duration.ofDays(7), true);

    public WorkflowPolicy {
        requireWindow("submitWithin", submitWithin);
        requireWindow("acknowledgeWithin", acknowledgeWithin);
        requireWindow("resolveWithin", resolveWithin);
        requireWindow("appealWithin", appealWithin);
    }

    /**
     * The policy as a QA team sets it, in whole hours; every window out of range is refused at once,
     * each on its {@code ...Hours} field.
     */
    public static WorkflowPolicy ofHours(int submitWithinHours, int acknowledgeWithinHours, int resolveWithinHours, int appealWithinHours,
                                         boolean appealsAllowed) {
        Map<String, Integer> windows = new LinkedHashMap<>();
        windows.put("submitWithinHours", submitWithinHours);
        windows.put("acknowledgeWithinHours", acknowledgeWithinHours);
        windows.put("resolveWithinHours", resolveWithinHours);
        windows.put("appealWithinHours", appealWithinHours);
        List<FieldViolation> faults = new ArrayList<>();
        windows.forEach((field, hours) -> {
            try {
                requireWindow(field, Duration.ofHours(hours));
            } catch (QualitySettingException fault) {
                faults.addAll(fault.getViolations());
            }
        });
        if (!faults.isEmpty()) {
            throw new QualitySettingException(faults);
        }
        return new WorkflowPolicy(Duration.ofHours(submitWithinHours), Duration.ofHours(acknowledgeWithinHours),
                Duration.ofHours(resolveWithinHours), Duration.ofHours(appealWithinHours), appealsAllowed);
    }

    private static void requireWindow(String field, Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new QualitySettingException(field, "The window must be longer than zero");
        }
        if (window.compareTo(LONGEST) > 0) {
            throw new QualitySettingException(field, "The window may be at most " + LONGEST.toDays() + " days");
        }
    }
}
