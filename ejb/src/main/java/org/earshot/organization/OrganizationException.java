package org.earshot.organization;

import org.earshot.rules.RuleViolation;

/** A change to the organization that its rules refuse (a missing name, a duplicate, a team that still has members). */
public class OrganizationException extends RuleViolation {

    public OrganizationException(String message) {
        this(null, message);
    }

    public OrganizationException(String field, String message) {
        super(field, message, false);
    }

    private OrganizationException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** The change is well formed but would duplicate what exists: a name, number or extension in use. */
    public static OrganizationException conflict(String field, String message) {
        return new OrganizationException(field, message, true);
    }
}
