package org.earshot.calls;

import org.earshot.telephony.api.AgentStateReport;

/**
 * Whether an agent takes queue calls, as the live view shows it: logged in to no queue, logged in
 * and available, or logged in but away from the phone. Agents change it with feature codes.
 */
public enum AgentPresence {
    LOGGED_OUT, AVAILABLE, AWAY;

    /** The presence of an agent as the queue engine reports it (which keeps away-ness across a log-out). */
    static AgentPresence of(AgentStateReport reported) {
        if (reported.queues().isEmpty()) {
            return LOGGED_OUT;
        }
        return switch (reported.presence()) {
            case AVAILABLE -> AVAILABLE;
            case AWAY -> AWAY;
        };
    }
}
