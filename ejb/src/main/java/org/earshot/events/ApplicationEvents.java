package org.earshot.events;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.UUID;

/**
 * The one way code publishes a domain event: in the caller's transaction, so the event is published
 * if and only if the change it reports commits (at least once; consumers deduplicate by its id).
 */
@Local
public interface ApplicationEvents {

    /**
     * Publishes the event once the caller's transaction commits; there must be one.
     *
     * @param occurredAt when it happened (a call event's time as the telephony core reported it)
     * @return the event's id, unique across all events
     */
    UUID publish(DomainEvent event, Instant occurredAt);
}
