package org.earshot.telephony.record;

/**
 * What an agent is doing, as the live view shows it. Call events move an agent between RINGING,
 * ON_CALL and IDLE; logging in and out and going away belong to the queue engine.
 */
public enum AgentStatus {
    LOGGED_OUT, IDLE, RINGING, ON_CALL, AWAY
}
