package org.earshot.evaluation;

import java.time.Duration;

/**
 * The clocks of the evaluation workflow and whether a resolution may be appealed. Each window runs
 * from the step that opens it: the assignment, the submission, the dispute or appeal, the resolution.
 *
 * @param submitWithin      an assigned evaluation is due this long after its assignment
 * @param acknowledgeWithin the agent acknowledges or disputes within this long of the submission
 * @param resolveWithin     a reviewer resolves a dispute (and an appeal) within this long of it
 * @param appealWithin      the agent appeals a resolution within this long of it (only when {@code appealsAllowed})
 * @param appealsAllowed    whether a resolution may go to a second reviewer; without, a resolution closes the evaluation
 */
public record WorkflowPolicy(Duration submitWithin, Duration acknowledgeWithin, Duration resolveWithin, Duration appealWithin,
                             boolean appealsAllowed) {

    /** The longest window: beyond a year a clock no longer says anything. */
    static final Duration LONGEST = Duration.ofDays(366);

    /** What a QA team starts with: a week for each party, five days for reviewers, appeals allowed. */
    public static final WorkflowPolicy DEFAULT = new WorkflowPolicy(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(5),
            Duration.ofDays(7), true);

    public WorkflowPolicy {
        positive("submitWithin", submitWithin);
        positive("acknowledgeWithin", acknowledgeWithin);
        positive("resolveWithin", resolveWithin);
        positive("appealWithin", appealWithin);
    }

    private static void positive(String field, Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new QualitySettingException(field, "The window must be longer than zero");
        }
        if (window.compareTo(LONGEST) > 0) {
            throw new QualitySettingException(field, "The window may be at most " + LONGEST.toDays() + " days");
        }
    }
}
