package org.earshot.organization;

import jakarta.ejb.ApplicationException;

/**
 * A change to the organization that its rules refuse (a missing name, a duplicate, a team that
 * still has members). The message is meant for the person who asked for the change.
 */
@ApplicationException(rollback = true)
public class OrganizationException extends RuntimeException {

    private final String field;

    public OrganizationException(String message) {
        this(null, message);
    }

    public OrganizationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the problem is about, or null when it is about the request as a whole. */
    public String getField() {
        return field;
    }
}
