package org.earshot.telephony.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.directory.MonitoringNotices;
import org.earshot.telephony.directory.QueueDirectory;

/** Queues filled by the test, the way the organization model fills them in the server. */
public final class Queues implements QueueDirectory {

    private final List<DirectoryQueue> queues = new ArrayList<>();

    public DirectoryQueue add(String name, String number, String... members) {
        return add(name, number, MonitoringNotices.DEFAULT, members);
    }

    /** A queue whose monitoring policy has Earshot play these notices. */
    public synchronized DirectoryQueue add(String name, String number, MonitoringNotices notices, String... members) {
        DirectoryQueue queue = new DirectoryQueue(queues.size() + 1, name, number, List.of(members), notices);
        queues.add(queue);
        return queue;
    }

    @Override
    public synchronized Optional<DirectoryQueue> queueByNumber(String number) {
        return queues.stream().filter(queue -> queue.number().equals(number)).findFirst();
    }

    @Override
    public synchronized Optional<DirectoryQueue> queueByName(String name) {
        return queues.stream().filter(queue -> queue.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public synchronized List<DirectoryQueue> queuesOf(String extension) {
        return queues.stream().filter(queue -> queue.members().contains(extension)).toList();
    }
}
