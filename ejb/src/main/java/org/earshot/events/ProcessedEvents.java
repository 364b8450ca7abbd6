package org.earshot.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Each consumer's record of the events it has processed, for deduplication: events are delivered at
 * least once, so a consumer asks {@link #firstDelivery} in the transaction that carries out its effect
 * and does nothing when the answer is false. The record commits or rolls back with the effect, so an
 * event whose processing failed is processed again when redelivered.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProcessedEvents {

    /**
     * Insert-if-absent. A second transaction recording the same event waits for the first and then
     * inserts nothing (if the first committed) or its own row (if the first rolled back).
     */
    static final String RECORD = "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
            + " ON CONFLICT DO NOTHING";

    @PersistenceContext
    private EntityManager em;

    /**
     * Records that the consumer processes the event in the current transaction.
     *
     * @param consumer a name of the consuming route or bean, the same across restarts
     * @return true the first time for this consumer and event; false for a duplicate, to be acknowledged and skipped
     */
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery(RECORD).setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }
}
