package org.earshot.organization;

import jakarta.ejb.ApplicationException;

/** The requested organization object, grant or entry does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
