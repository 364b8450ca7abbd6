package org.earshot.telephony.queue;

import java.time.Instant;

/**
 * A caller waiting in a queue, as the live view and announcements see it.
 *
 * @param position  1 for the next caller to be served in this queue
 * @param offeredTo the agent whose phone rings for this caller now, or null
 */
record WaitingCall(String callId, String queueNumber, int position, Instant since, String offeredTo) {
}
