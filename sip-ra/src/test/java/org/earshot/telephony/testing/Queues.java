package org.earshot.telephony.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.earshot.telephony.directory.CallQueue;
import org.earshot.telephony.directory.MonitoringNotices;
import org.earshot.telephony.directory.QueueDirectory;

/** Queues filled by the test, the way the organization model fills them in the server. */
public final class Queues implements QueueDirectory {

    private final List<CallQueue> queues = new ArrayList<>();

    public CallQueue add(String name, String number, String... members) {
        return add(name, number, MonitoringNotices.DEFAULT, members);
    }

    /** A queue whose monitoring policy has Earshot play these notices. */
    public synchronized CallQueue add(String name, String number, MonitoringNotices notices, String... members) {
        CallQueue queue = new CallQueue(queues.size() + 1, name, number, List.of(members), notices);
        queues.add(queue);
        return queue;
    }

    @Override
    public synchronized Optional<CallQueue> queueByNumber(String number) {
        return queues.stream().filter(queue -> queue.number().equals(number)).findFirst();
    }

    @Override
    public synchronized Optional<CallQueue> queueByName(String name) {
        return queues.stream().filter(queue -> queue.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public synchronized List<CallQueue> queuesOf(String extension) {
        return queues.stream().filter(queue -> queue.members().contains(extension)).toList();
    }
}
