package org.earshot.dashboard;

import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/** A dashboard request the rules refuse: a range reversed or too long, an id of nothing, a value out of range, a name in use; each on its field. */
public class DashboardException extends RuleViolation {

    public DashboardException(List<FieldViolation> violations) {
        super(violations, false);
    }

    public DashboardException(String field, String message) {
        super(field, message, false);
    }

    private DashboardException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** A request that collides with what is saved (a name in use): 409. */
    public static DashboardException conflict(String field, String message) {
        return new DashboardException(field, message, true);
    }
}
