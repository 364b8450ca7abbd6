package org.earshot.telephony.call;

import java.util.concurrent.Executor;
import org.earshot.telephony.directory.QueueDirectory;
import org.earshot.telephony.media.MediaPlayer;
import org.earshot.telephony.media.Prompt;
import org.earshot.telephony.queue.AgentAvailability;
import org.earshot.telephony.queue.QueueDistributor;
import org.earshot.telephony.queue.QueueSelector;

/**
 * What the B2BUA needs to put callers in queues and agents on calls, made by the SIP server.
 *
 * @param prompt      what waiting callers hear, in a loop
 * @param dispatching the one thread routing decisions are carried out on (the SIP server's queue tick
 *                    runs there too), so that no SIP thread holding one call's lock waits for another's
 */
public record QueueDesk(QueueDirectory queues, QueueSelector selector, AgentAvailability agents,
                        QueueDistributor distributor, MediaPlayer player, Prompt prompt, Executor dispatching) {
}
