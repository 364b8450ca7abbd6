package org.earshot.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes each event to the outbox table in the caller's transaction: it commits or rolls back with
 * the change it reports. The publisher is woken once per transaction that wrote events, after it commits.
 */
// Whoever may make a change may report it; the change itself was authorized.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TransactionalOutbox implements ApplicationEvents {

    private static final Object WAKE_REGISTERED = TransactionalOutbox.class.getName() + ".wake";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private Event<OutboxWritten> written;

    @Override
    public UUID publish(DomainEvent event, Instant occurredAt) {
        EventEnvelope envelope = EventEnvelope.of(event, occurredAt);
        em.persist(new OutboxEvent(envelope));
        if (transaction.getResource(WAKE_REGISTERED) == null) {
            transaction.putResource(WAKE_REGISTERED, Boolean.TRUE);
            written.fire(new OutboxWritten());
        }
        return envelope.id();
    }
}
