package org.earshot.telephony.directory;

import java.util.List;

/**
 * A call queue as the organization model defines it: the number callers dial, and the extensions of
 * its members who can take calls (active users with a SIP account), in extension order.
 */
public record CallQueue(long id, String name, String number, List<String> members) {

    public CallQueue {
        members = List.copyOf(members);
    }
}
