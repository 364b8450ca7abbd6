package org.earshot.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of the hash chain. Business transactions only insert their entries (and a pending
 * mark); every few milliseconds this links the committed ones, in batches, each after the chain's
 * head, so no business transaction ever waits on another for the audit trail. The head's row lock
 * is taken only here, so two servers never chain at once.
 */
@PermitAll
@Singleton
@Startup
// Chaining runs on one scheduled task at a time; the head's row lock, not the bean, keeps servers apart.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditChainer {

    static final long INTERVAL_MILLIS = 50;
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> chaining;

    @PostConstruct
    void start() {
        AuditChainer self = context.getBusinessObject(AuditChainer.class);
        chaining = scheduler.scheduleWithFixedDelay(() -> chainAll(self), INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        chaining.cancel(false);
    }

    private static void chainAll(AuditChainer self) {
        try {
            while (self.chainBatch() == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            // The next round retries; entries wait as pending and the verifier reports any left too long.
            LOG.log(Level.WARNING, "audit entries could not be chained yet", e);
        }
    }

    /** Links up to one batch of committed, unchained entries; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainBatch() {
        if (pending().isEmpty()) {
            return 0; // idle: no lock taken
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // Read again under the lock: another server may have chained them meanwhile.
        List<Long> ids = pending();
        if (ids.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = em.createQuery("SELECT e FROM AuditEntry e WHERE e.id IN :ids ORDER BY e.id", AuditEntry.class)
                .setParameter("ids", ids).getResultList();
        for (AuditEntry entry : entries) {
            AuditLink link = new AuditLink(head.getLastSeq() + 1, entry, head.getLastHash());
            em.persist(link);
            head.advanceTo(link);
        }
        em.createQuery("DELETE FROM AuditPending p WHERE p.entryId IN :ids").setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    private List<Long> pending() {
        return em.createQuery("SELECT p.entryId FROM AuditPending p ORDER BY p.entryId", Long.class)
                .setMaxResults(BATCH).getResultList();
    }
}
