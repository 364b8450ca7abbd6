package org.earshot.coaching;

/** A coaching session is SCHEDULED, then DONE (with notes and agreed actions), MISSED or CANCELLED, for good. */
public enum SessionState {
    SCHEDULED,
    DONE,
    MISSED,
    CANCELLED
}
