package org.earshot.access;

import org.earshot.rules.RuleViolation;

/** A grant or review request the rules refuse. */
public class GrantException extends RuleViolation {

    public GrantException(String message) {
        this(null, message);
    }

    public GrantException(String field, String message) {
        super(field, message, false);
    }

    private GrantException(String message, boolean conflict) {
        super(null, message, conflict);
    }

    /** The request is well formed but the grant's state already settles it, e.g. it is revoked. */
    public static GrantException conflict(String message) {
        return new GrantException(message, true);
    }
}
