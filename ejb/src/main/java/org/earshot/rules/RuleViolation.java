package org.earshot.rules;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain rules refuse, with a message meant for the person who made it. It names
 * the input field at fault when there is one, and says whether the request merely collides with
 * existing data (a name in use, a grant already revoked) rather than being wrong on its own.
 * Pages put the message on the field; the REST API answers 400 or, for conflicts, 409.
 */
@ApplicationException(rollback = true)
public abstract class RuleViolation extends RuntimeException {

    private final String field;
    private final boolean conflict;

    protected RuleViolation(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The input field the problem is about, or null when it is about the request as a whole. */
    public String getField() {
        return field;
    }

    public boolean isConflict() {
        return conflict;
    }
}
