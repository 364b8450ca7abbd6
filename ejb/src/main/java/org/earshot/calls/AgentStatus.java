package org.earshot.calls;

import org.earshot.telephony.api.AgentStateReport.Activity;

/**
 * What an agent is doing, as the live view shows it: nothing, being offered a call, talking,
 * transferring its call (the target rings), or finishing the last queue call's work. Call events say
 * when the agent rings, talks and transfers; the queue engine says so too, and alone knows wrap-up.
 */
public enum AgentStatus {
    IDLE, RINGING, ON_CALL, TRANSFERRING, WRAP_UP;

    static AgentStatus of(Activity reported) {
        return switch (reported) {
            case IDLE -> IDLE;
            case RINGING -> RINGING;
            case ON_CALL -> ON_CALL;
            case WRAP_UP -> WRAP_UP;
        };
    }
}
