package org.earshot.access;

import jakarta.ejb.ApplicationException;

/** A grant or review request the rules refuse; names the input field when there is one. */
@ApplicationException(rollback = true)
public class GrantException extends RuntimeException {

    private final String field;

    public GrantException(String message) {
        this(null, message);
    }

    public GrantException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
