package org.earshot.calls;

/**
 * The presence the live view, the supervisor console and the agent's own page show: whom a supervisor
 * can count on now. A call that occupies the agent (answered, held or being transferred) wins over
 * the queue log-in: an agent who took a direct call without logging in to a queue, or whose log-in
 * was lost, is on a call, not gone, and one logged in is not free for the queue while talking. Between
 * calls it is the queue engine's word; a phone that only rings leaves it so, as the agent has taken
 * nothing yet. Whether the agent is logged in to queues stays in {@link AgentPresence} and the queues.
 */
public enum ShownPresence {
    LOGGED_OUT, AVAILABLE, AWAY, ON_CALL;

    static ShownPresence of(AgentPresence presence, AgentStatus status) {
        if (status == AgentStatus.ON_CALL || status == AgentStatus.TRANSFERRING) {
            return ON_CALL;
        }
        return switch (presence) {
            case LOGGED_OUT -> LOGGED_OUT;
            case AVAILABLE -> AVAILABLE;
            case AWAY -> AWAY;
        };
    }
}
