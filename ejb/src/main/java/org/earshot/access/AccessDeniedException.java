package org.earshot.access;

import jakarta.ejb.ApplicationException;

/** Thrown by services when the access decision refuses the caller; the denial is already audited. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
