package org.earshot.telephony.api;

import java.util.Optional;

/**
 * How a supervisor takes part in a live call, ordered from least to most intrusive, as the table
 * "who hears whom" of the architecture has it. A supervisor always hears the call (both parties, or
 * after a takeover the caller) and never itself; the mode says who hears the supervisor. The name is
 * what the application stores and shows, so it is part of the contract.
 */
public enum MonitoringMode {

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

    MonitoringMode(boolean agentHears, boolean callerHears) {
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
    public boolean isHeard() {
        return agentHears || callerHears;
    }

    /**
     * The phone key that stands for this mode: 1 listen, 2 whisper, 3 barge, 4 takeover. A supervisor
     * presses it during a session to switch, and dials it in a monitor code ({@code *8<key><ext>}).
     */
    public char key() {
        return (char) ('1' + ordinal());
    }

    /** The mode a key stands for; none for any other key (or none pressed). */
    public static Optional<MonitoringMode> ofKey(String key) {
        if (key == null || key.length() != 1) {
            return Optional.empty();
        }
        int index = key.charAt(0) - '1';
        return index >= 0 && index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }
}
