package org.earshot.telephony.media;

/**
 * How a supervisor takes part in a call, as the table "who hears whom" of the architecture has it.
 * A supervisor always hears the call (both parties, or after a takeover the caller) and never
 * itself; the mode says who hears the supervisor.
 */
public enum MonitorMode {

    /** Nobody hears the supervisor. */
    LISTEN(false, false),
    /** Only the agent hears the supervisor (coaching); the caller never does. */
    WHISPER(true, false),
    /** Both parties hear the supervisor. */
    BARGE(true, true),
    /** The supervisor replaces the agent, who is released: caller and supervisor hear each other. Final. */
    TAKEOVER(false, true);

    private final boolean agentHears;
    private final boolean callerHears;

    MonitorMode(boolean agentHears, boolean callerHears) {
        this.agentHears = agentHears;
        this.callerHears = callerHears;
    }

    public boolean agentHearsSupervisor() {
        return agentHears;
    }

    public boolean callerHearsSupervisor() {
        return callerHears;
    }

    /** Whether the supervisor is heard by anyone: a call has at most one such monitor at a time. */
    public boolean speaks() {
        return agentHears || callerHears;
    }
}
