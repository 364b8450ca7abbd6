package org.earshot.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes the outbox to the topic {@code EarshotEvents}, oldest row first, as soon as a transaction
 * that wrote events commits and every second besides (for what a crash or a failed send left behind).
 * A batch is sent and then marked published in one database transaction: a crash after the send and
 * before the commit publishes the batch again, never loses it. One drain runs at a time; a wake-up
 * during a drain makes it go round once more.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxPublisher {

    /** While "true", nothing is published and events wait in the outbox (for broker maintenance; settable at run time). */
    public static final String PAUSED = "earshot.events.paused";
    /** Days a published event stays in the outbox table, for inspection, before it is deleted. */
    public static final String RETENTION_DAYS = "earshot.events.retention-days";

    static final int BATCH = 100;
    private static final long POLL_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());

    @PersistenceContext
    private EntityManager em;

    // The broker's plain connection factory: a send outside the database transaction, acknowledged
    // by the broker (persistent messages are sent blocking) before the rows are marked published.
    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/earshot/events")
    private Topic topic;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext context;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();

    @PostConstruct
    void pollEverySecond() {
        timers.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        drain();
    }

    /** Publishes right after a transaction that wrote events commits, on another thread than the committer's. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        context.getBusinessObject(OutboxPublisher.class).drainSoon();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drainSoon() {
        drain();
    }

    private void drain() {
        if (Boolean.getBoolean(PAUSED)) {
            return;
        }
        requested.set(true);
        while (requested.get() && draining.compareAndSet(false, true)) {
            try {
                requested.set(false);
                OutboxPublisher self = context.getBusinessObject(OutboxPublisher.class);
                while (self.publishBatch() == BATCH) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Publishing domain events failed; they stay in the outbox for the next attempt", e);
            } finally {
                draining.set(false);
            }
        }
    }

    /**
     * Sends the oldest unpublished events, in order, and marks them published. The rows are locked, so
     * a second server on the same database waits rather than publishing them too (and out of order).
     *
     * @return how many were published
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publishBatch() {
        List<OutboxEvent> batch = em.createQuery("SELECT e FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.id",
                OutboxEvent.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        try (JMSContext jms = connections.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            Instant now = Instant.now();
            for (OutboxEvent event : batch) {
                producer.setProperty(EventMessages.EVENT_ID, event.getEventId().toString())
                        .setProperty(EventMessages.TYPE, event.getType())
                        .setProperty(EventMessages.VERSION, event.getVersion())
                        .setProperty(EventMessages.AGGREGATE_TYPE, event.getAggregateType())
                        .setProperty(EventMessages.AGGREGATE_ID, event.getAggregateId())
                        // one aggregate's events to one consumer of a shared subscription, in order
                        .setProperty(EventMessages.GROUP, event.getAggregateType() + ":" + event.getAggregateId())
                        // the broker drops a republished copy it still remembers; consumers deduplicate the rest
                        .setProperty(EventMessages.BROKER_DUPLICATE_ID, event.getEventId().toString())
                        .send(topic, event.getPayload());
                event.published(now);
            }
        }
        return batch.size();
    }

    /** Deletes the events published longer ago than the retention (7 days unless configured). */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void forgetPublished() {
        Instant before = Instant.now().minus(Duration.ofDays(Long.getLong(RETENTION_DAYS, 7)));
        em.createQuery("DELETE FROM OutboxEvent e WHERE e.publishedAt < :before").setParameter("before", before).executeUpdate();
    }
}
