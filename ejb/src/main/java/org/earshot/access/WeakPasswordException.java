package org.earshot.access;

import org.earshot.rules.RuleViolation;

/** A login password the rules refuse; the message says which rule. */
public class WeakPasswordException extends RuleViolation {

    public WeakPasswordException(String message) {
        super("password", message, false);
    }
}
