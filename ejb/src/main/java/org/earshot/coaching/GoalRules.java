package org.earshot.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.earshot.evaluation.Form;
import org.earshot.rules.FieldViolation;

/**
 * The faults of a goal as a trainer sets it, all at once, each on its field: a scorecard, a question or
 * section of its current form that is scored, a target kind, a target above 0 and at most 100 percent,
 * a due date not in the past.
 */
final class GoalRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GoalRules() {
    }

    /** The faults of the target and due date alone (a goal being confirmed or edited). */
    static List<FieldViolation> ofTarget(TargetKind kind, BigDecimal value, LocalDate dueOn, LocalDate today) {
        List<FieldViolation> faults = new ArrayList<>();
        if (kind == null) {
            faults.add(new FieldViolation("targetKind", "Choose how the target is measured: SCORE or PASS_RATE"));
        }
        if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
            faults.add(new FieldViolation("targetValue", "The target is a percentage above 0 and at most 100, with at most two decimals"));
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            faults.add(new FieldViolation("dueOn", "The due date is today or later"));
        }
        return faults;
    }

    /** Every fault of a new goal on a scorecard whose current form is {@code form} (null: no such scorecard). */
    static List<FieldViolation> of(NewGoal goal, Form form, LocalDate today) {
        List<FieldViolation> faults = new ArrayList<>();
        if (form == null) {
            faults.add(new FieldViolation("scorecardId", "Choose a scorecard"));
        } else if (goal.subject() == null) {
            faults.add(new FieldViolation("subject", "Choose what the goal is about: QUESTION or SECTION"));
        } else if (goal.key() == null || PlanProgress.label(form, goal.subject(), goal.key()).isEmpty()) {
            faults.add(new FieldViolation("key", "Name a scored " + goal.subject().name().toLowerCase() + " of the scorecard by its key"));
        }
        faults.addAll(ofTarget(goal.targetKind(), goal.targetValue(), goal.dueOn(), today));
        return faults;
    }
}
