package org.earshot.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;

/**
 * The only writer of the audit trail. Entries are appended under a lock on the chain head, so
 * each links to the one before; {@link #record} joins the caller's transaction (the entry exists
 * only if the change does), {@link #recordIndependently} commits on its own (denials, failed logins).
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class AuditService {

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AccessService access;

    public AuditEntry record(AuditEvent event) {
        return append(session.getCallerPrincipal().getName(), event);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordIndependently(AuditEvent event) {
        return append(session.getCallerPrincipal().getName(), event);
    }

    /**
     * For events whose actor is not the caller, in the caller's transaction: what happens to a
     * supervisor's monitoring session because of a call event, a key on their phone or a revoked grant.
     */
    public AuditEntry recordAs(String actor, AuditEvent event) {
        return append(actor, event);
    }

    /** For events whose actor is not the caller, such as a login attempt before anyone is logged in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordFor(String actor, AuditEvent event) {
        return append(actor, event);
    }

    private AuditEntry append(String actor, AuditEvent event) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // Microseconds are what both databases keep, so the hashed time survives the round trip.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(head.getLastSeq() + 1, now, actor, sourceAddress(), event, head.getLastHash());
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }

    private String sourceAddress() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException e) {
            return null; // timers and message listeners have no client
        }
    }

    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        access.require(Action.VIEW_AUDIT, AccessTarget.organization(), null);
        String where = " WHERE (:actor IS NULL OR e.actor = :actor)"
                + " AND (:action IS NULL OR e.action = :action)"
                + " AND (:outcome IS NULL OR e.outcome = :outcome)"
                + " AND (:targetType IS NULL OR e.targetType = :targetType)"
                + " AND (:agent IS NULL OR LOWER(e.agent) = :agent)"
                + " AND (:callId IS NULL OR e.callId = :callId)"
                + " AND (:mode IS NULL OR e.mode = :mode)"
                + " AND (LOWER(COALESCE(e.detail, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.targetId, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.callId, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.agent, '')) LIKE :text ESCAPE '\\')"
                + " AND e.occurredAt >= :from AND e.occurredAt <= :to";
        TypedQuery<AuditEntry> list = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.seq DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("actor", blankToNull(query.actor()));
            q.setParameter("action", query.action());
            q.setParameter("outcome", query.outcome());
            q.setParameter("targetType", blankToNull(query.targetType()));
            q.setParameter("agent", Optional.ofNullable(blankToNull(query.agent())).map(name -> name.toLowerCase(Locale.ROOT)).orElse(null));
            q.setParameter("callId", blankToNull(query.callId()));
            q.setParameter("mode", query.mode() == null ? null : query.mode().name());
            q.setParameter("text", Paging.contains(query.text()));
            q.setParameter("from", query.from() == null ? Instant.EPOCH : query.from());
            q.setParameter("to", query.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.to());
        }
        return Paging.page(list, count, page);
    }

    /** Walks the whole chain from the first entry; the verification itself is audited too. */
    public ChainVerification verifyChain() {
        access.require(Action.VERIFY_AUDIT, AccessTarget.organization(), null);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        boolean going = true;
        while (going) {
            // Entries appended while the walk runs lie beyond the head read above and wait for the next check.
            List<AuditEntry> batch = em.createQuery(
                            "SELECT e FROM AuditEntry e WHERE e.seq > :after AND e.seq <= :last ORDER BY e.seq", AuditEntry.class)
                    .setParameter("after", after).setParameter("last", head.getLastSeq())
                    .setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : batch) {
                going = verifier.accept(entry);
                if (!going) {
                    break;
                }
                after = entry.getSeq();
            }
            going = going && batch.size() == VERIFY_BATCH;
            em.clear();
        }
        ChainVerification result = verifier.finish(head.getLastSeq(), head.getLastHash());
        session.getBusinessObject(AuditService.class).recordIndependently(AuditEvent.of(AuditAction.AUDIT_VERIFY, "AuditChain", null,
                result.intact() ? "intact, " + result.entriesChecked() + " entries"
                        : "broken at entry " + result.firstBrokenSeq() + ": " + result.problem())
                .withOutcome(result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED));
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
