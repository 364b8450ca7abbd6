package org.earshot.telephony.directory;

import java.util.List;
import org.earshot.telephony.api.QueueDefinition;

/**
 * A call queue as the core routes and plays it: the number callers dial, the extensions of its
 * members who can take calls, in extension order, and its monitoring notices decoded into prompts;
 * made once per directory snapshot from the application's {@link QueueDefinition}.
 */
public record DirectoryQueue(long id, String name, String number, List<String> members, MonitoringNotices notices) {

    public DirectoryQueue {
        members = List.copyOf(members);
    }

    /** A queue with the default notices. */
    public DirectoryQueue(long id, String name, String number, List<String> members) {
        this(id, name, number, members, MonitoringNotices.DEFAULT);
    }

    static DirectoryQueue of(QueueDefinition queue) {
        return new DirectoryQueue(queue.id(), queue.name(), queue.number(), queue.members(), MonitoringNotices.of(queue.notices()));
    }
}
