package org.earshot.telephony.directory;

import java.util.List;

/**
 * A call queue as the organization model defines it: the number callers dial, the extensions of
 * its members who can take calls (active users with a SIP account), in extension order, and what its
 * monitoring policy has Earshot play to its callers and agents.
 */
public record CallQueue(long id, String name, String number, List<String> members, MonitoringNotices notices) {

    public CallQueue {
        members = List.copyOf(members);
    }

    /** A queue with the default notices. */
    public CallQueue(long id, String name, String number, List<String> members) {
        this(id, name, number, members, MonitoringNotices.DEFAULT);
    }
}
