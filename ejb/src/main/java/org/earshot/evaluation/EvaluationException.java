package org.earshot.evaluation;

import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/**
 * An evaluation request the rules refuse: answers that do not fit the form, a step with wrong input
 * (each on its field), or, as a conflict, a step the evaluation's state or a closed window forbids.
 */
public class EvaluationException extends RuleViolation {

    public EvaluationException(String field, String message) {
        super(field, message, false);
    }

    public EvaluationException(List<FieldViolation> violations) {
        super(violations, false);
    }

    private EvaluationException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    public static EvaluationException conflict(String field, String message) {
        return new EvaluationException(field, message, true);
    }
}
