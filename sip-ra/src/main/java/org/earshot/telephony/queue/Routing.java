package org.earshot.telephony.queue;

import java.time.Duration;
import org.earshot.telephony.directory.DirectoryQueue;

/** What the distributor decided for a waiting call; the B2BUA carries it out, in the order given. */
public sealed interface Routing {

    String callId();

    /** Ring this agent for this caller, for at most {@code ringTimeout}; the agent is now reserved. */
    record Offer(String callId, DirectoryQueue queue, String agent, Duration ringTimeout) implements Routing {
    }

    /** The agent let the call ring out: stop ringing it (CANCEL). The caller keeps its place; the agent is idle again. */
    record RingNoAnswer(String callId, String agent) implements Routing {
    }

    /** The caller waited the queue's longest wait: the call has left the queue and should be ended. */
    record WaitExpired(String callId, DirectoryQueue queue, Duration waited) implements Routing {
    }
}
