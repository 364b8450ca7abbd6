package org.earshot.monitoring;

/**
 * How a supervisor takes part in a live call. Ordered from least to most intrusive: the caller
 * never hears a listening or whispering supervisor; barge joins all three; takeover releases the
 * agent and is final.
 */
public enum MonitoringMode {
    LISTEN, WHISPER, BARGE, TAKEOVER;

    /** Whether someone on the call hears the supervisor: a call has at most one such monitor at a time. */
    public boolean isHeard() {
        return this != LISTEN;
    }
}
