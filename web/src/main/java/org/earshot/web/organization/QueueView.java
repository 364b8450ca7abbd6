package org.earshot.web.organization;

import java.util.List;
import org.earshot.organization.CallQueue;
import org.earshot.web.rest.UserRef;

/** A call queue: the number callers dial, its site, and the agents who answer it. */
public record QueueView(Long id, String name, String number, Long siteId, String siteName, List<UserRef> members) {

    static QueueView of(CallQueue queue) {
        return new QueueView(queue.getId(), queue.getName(), queue.getNumber(), queue.getSite().getId(),
                queue.getSite().getName(), UserRef.sorted(queue.getMembers()));
    }
}
