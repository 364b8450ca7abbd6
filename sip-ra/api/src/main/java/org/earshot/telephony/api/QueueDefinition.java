package org.earshot.telephony.api;

import java.util.List;

/**
 * A call queue as the organization defines it for the core: the number callers dial, the extensions of
 * its members who can take calls (active users with a SIP account), in extension order, and what its
 * monitoring policy has Earshot play. (The application's queue entity is {@code CallQueue}; this is
 * what the core is told of it.)
 */
public record QueueDefinition(long id, String name, String number, List<String> members, QueueNotices notices) {

    public QueueDefinition {
        members = List.copyOf(members);
    }
}
