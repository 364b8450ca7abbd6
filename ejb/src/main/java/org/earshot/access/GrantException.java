package org.earshot.access;

import jakarta.ejb.ApplicationException;

/** A grant or review request the rules refuse; names the input field when there is one. */
@ApplicationException(rollback = true)
public class GrantException extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public GrantException(String message) {
        this(null, message);
    }

    public GrantException(String field, String message) {
        this(field, message, false);
    }

    private GrantException(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The request is well formed but the grant's state already settles it, e.g. it is revoked. */
    public static GrantException conflict(String message) {
        return new GrantException(null, message, true);
    }

    public String getField() {
        return field;
    }

    /** True when the request collides with the grant's current state rather than breaking a rule on its own. */
    public boolean isConflict() {
        return conflict;
    }
}
