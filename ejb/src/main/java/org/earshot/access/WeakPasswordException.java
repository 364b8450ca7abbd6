package org.earshot.access;

import jakarta.ejb.ApplicationException;

/** A password the rules refuse; the message says which rule. */
@ApplicationException(rollback = true)
public class WeakPasswordException extends RuntimeException {

    public WeakPasswordException(String message) {
        super(message);
    }
}
