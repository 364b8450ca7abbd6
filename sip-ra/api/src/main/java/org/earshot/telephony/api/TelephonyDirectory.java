package org.earshot.telephony.api;

import java.time.Instant;
import java.util.List;

/**
 * What the telephony core knows of the organization, as the application last said: who may register
 * (the SIP accounts of active users) and the call queues with their members and monitoring notices.
 * Immutable; the application pushes a whole new one through {@link CallControl#publishDirectory} after
 * every change that affects it, and the core answers every request from the last one it got.
 *
 * @param asOf when the application read it, for logs and for telling snapshots apart
 */
public record TelephonyDirectory(Instant asOf, List<SipAccount> accounts, List<QueueDefinition> queues) {

    public TelephonyDirectory {
        accounts = List.copyOf(accounts);
        queues = List.copyOf(queues);
    }
}
