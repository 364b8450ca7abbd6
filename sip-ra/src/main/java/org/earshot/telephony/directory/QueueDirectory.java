package org.earshot.telephony.directory;

import java.util.List;
import java.util.Optional;

/**
 * The call queues of the organization model, as they are now: asked on every call and every feature
 * code, so a new member or a deactivated agent counts at once. A directory that cannot answer throws
 * {@link DirectoryUnavailableException} rather than pretend the queue does not exist.
 */
public interface QueueDirectory {

    /** The queue a caller reaches by dialing this number. */
    Optional<DirectoryQueue> queueByNumber(String number);

    /** The queue of this name, in any letter case (upstream systems name queues as they please). */
    Optional<DirectoryQueue> queueByName(String name);

    /** The queues this extension's agent is a member of; none for an unknown or deactivated agent. */
    List<DirectoryQueue> queuesOf(String extension);
}
