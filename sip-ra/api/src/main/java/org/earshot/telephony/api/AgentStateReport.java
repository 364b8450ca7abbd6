package org.earshot.telephony.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an agent stands for call distribution, as the live view shows it.
 *
 * @param queues    numbers of the queues the agent is logged in to (none: logged out)
 * @param idleSince when the agent last became idle (ready for the next call), null unless idle
 */
public record AgentStateReport(String extension, Set<String> queues, Presence presence, Activity activity, Instant idleSince) {

    /** What the agent said: ready to take calls, or away from the phone (break, meeting, training). */
    public enum Presence { AVAILABLE, AWAY }

    /** What the agent is doing: nothing, being offered a call, talking, or finishing the last call's work. */
    public enum Activity { IDLE, RINGING, ON_CALL, WRAP_UP }

    public AgentStateReport {
        queues = Collections.unmodifiableSet(new TreeSet<>(queues)); // sorted, as the live view lists them
    }

    /** Whether a caller of this queue may be offered to the agent now. */
    public boolean readyFor(String queueNumber) {
        return queues.contains(queueNumber) && presence == Presence.AVAILABLE && activity == Activity.IDLE;
    }
}
