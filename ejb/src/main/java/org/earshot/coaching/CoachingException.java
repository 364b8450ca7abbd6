package org.earshot.coaching;

import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/** A coaching request the rules refuse: wrong input on its field, or, as a conflict, a step the plan's or session's state forbids. */
public class CoachingException extends RuleViolation {

    public CoachingException(String field, String message) {
        super(field, message, false);
    }

    public CoachingException(List<FieldViolation> violations) {
        super(violations, false);
    }

    private CoachingException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    public static CoachingException conflict(String field, String message) {
        return new CoachingException(field, message, true);
    }
}
