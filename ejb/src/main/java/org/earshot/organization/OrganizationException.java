package org.earshot.organization;

import jakarta.ejb.ApplicationException;

/**
 * A change to the organization that its rules refuse (a missing name, a duplicate, a team that
 * still has members). The message is meant for the person who asked for the change.
 */
@ApplicationException(rollback = true)
public class OrganizationException extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public OrganizationException(String message) {
        this(null, message);
    }

    public OrganizationException(String field, String message) {
        this(field, message, false);
    }

    private OrganizationException(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The change is well formed but would duplicate what exists: a name, number or extension in use. */
    public static OrganizationException conflict(String field, String message) {
        return new OrganizationException(field, message, true);
    }

    /** The input field the problem is about, or null when it is about the request as a whole. */
    public String getField() {
        return field;
    }

    /** True when the request collides with existing data rather than breaking a rule on its own. */
    public boolean isConflict() {
        return conflict;
    }
}
