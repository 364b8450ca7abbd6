package org.earshot.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;

/**
 * Writes the audit trail and reads it back. Writing only inserts the entry, without any lock, and
 * {@link AuditChainer} links it into the hash chain once committed. {@link #record} joins the
 * caller's transaction (the entry exists only if the change does), {@link #recordIndependently}
 * commits on its own (denials, failed logins), so it stays when the caller's work is rolled back.
 */
// Reading is authorized per call by the AuditTrailGuard (role and scope), not by EJB role lists.
@PermitAll
@Stateless
public class AuditService {

    private static final int VERIFY_BATCH = 500;
    /** An entry not chained after this long was not written by the application, or the chainer stopped. */
    static final Duration CHAINING_GRACE = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private RequestOrigin origin;

    @Inject
    private AuditTrailGuard guard;

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
        // Microseconds are what both databases keep, so the hashed time survives the round trip.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(now, actor, sourceAddress(), event);
        em.persist(entry);
        em.persist(new AuditPending(entry.getId()));
        return entry;
    }

    private String sourceAddress() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException e) {
            return null; // timers and message listeners have no client
        }
    }

    /** Entries matching the query, newest first, each with its place in the chain once it has one. */
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        guard.requireView();
        String where = " WHERE (:actor IS NULL OR e.actor = :actor)"
                + " AND (:action IS NULL OR e.action = :action OR e.action = :bareAction OR e.action LIKE :anyCapability ESCAPE '\\')"
                + " AND (:outcome IS NULL OR e.outcome = :outcome)"
                + " AND (:targetType IS NULL OR e.targetType = :targetType)"
                + " AND (:targetId IS NULL OR e.targetId = :targetId)"
                + " AND (:agent IS NULL OR LOWER(e.agent) = :agent)"
                + " AND (:callId IS NULL OR e.callId = :callId)"
                + " AND (:mode IS NULL OR e.mode = :mode)"
                + " AND (LOWER(COALESCE(e.detail, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.details, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.targetId, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.callId, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(e.agent, '')) LIKE :text ESCAPE '\\')"
                + " AND e.occurredAt >= :from AND e.occurredAt <= :to";
        TypedQuery<Object[]> list = em.createQuery("SELECT e, l FROM AuditEntry e LEFT JOIN AuditLink l ON l.entryId = e.id"
                + where + " ORDER BY e.id DESC", Object[].class);
        bind(list, query);
        // With From cleared, the whole trail: counted up to a cap.
        Page<Object[]> rows = Paging.page(list, count -> bind(em.createQuery(count, Object.class), query), " FROM AuditEntry e" + where,
                query.from() == null, page);
        List<AuditEntry> entries = new ArrayList<>();
        for (Object[] row : rows.items()) {
            AuditEntry entry = (AuditEntry) row[0];
            entry.chainedAs((AuditLink) row[1]);
            entries.add(entry);
        }
        return rows.withItems(entries);
    }

    private static <Q extends Query> Q bind(Q q, AuditQuery query) {
        String action = blankToNull(query.action());
        String bareAction = action == null ? null : action.substring(action.lastIndexOf('.') + 1);
        boolean qualified = action != null && action.contains(".");
        q.setParameter("actor", blankToNull(query.actor()));
        q.setParameter("action", action);
        // A qualified name also finds entries written before actions had capabilities; a bare one finds every capability's.
        q.setParameter("bareAction", bareAction);
        q.setParameter("anyCapability", qualified || action == null ? "" : "%." + Paging.escapeLike(action));
        q.setParameter("outcome", query.outcome());
        q.setParameter("targetType", blankToNull(query.targetType()));
        q.setParameter("targetId", blankToNull(query.targetId()));
        String agent = blankToNull(query.agent());
        q.setParameter("agent", agent == null ? null : agent.toLowerCase(Locale.ROOT));
        q.setParameter("callId", blankToNull(query.callId()));
        q.setParameter("mode", blankToNull(query.mode()));
        q.setParameter("text", Paging.contains(query.text()));
        q.setParameter("from", query.from() == null ? Instant.EPOCH : query.from());
        q.setParameter("to", query.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : query.to());
        return q;
    }

    /**
     * Walks the whole chain from the first link, then looks for entries left out of it; the
     * verification itself is audited too.
     */
    public ChainVerification verifyChain() {
        guard.requireVerify();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        boolean going = true;
        while (going) {
            // Links added while the walk runs lie beyond the head read above and wait for the next check.
            List<Object[]> batch = em.createQuery("SELECT l, e FROM AuditLink l LEFT JOIN AuditEntry e ON e.id = l.entryId"
                            + " WHERE l.seq > :after AND l.seq <= :last ORDER BY l.seq", Object[].class)
                    .setParameter("after", after).setParameter("last", head.getLastSeq())
                    .setMaxResults(VERIFY_BATCH).getResultList();
            for (Object[] row : batch) {
                AuditLink link = (AuditLink) row[0];
                going = verifier.accept(link, (AuditEntry) row[1]);
                if (!going) {
                    break;
                }
                after = link.getSeq();
            }
            going = going && batch.size() == VERIFY_BATCH;
            em.clear();
        }
        ChainVerification result = verifier.finish(head.getLastSeq(), head.getLastHash(), overdueUnchained());
        session.getBusinessObject(AuditService.class).recordIndependently(AuditEvent.of(AuditTrailAction.AUDIT_VERIFY,
                        "AuditChain", null, describe(result))
                .withOutcome(result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED));
        return result;
    }

    private AuditEntry overdueUnchained() {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.occurredAt < :due"
                        + " AND NOT EXISTS (SELECT l FROM AuditLink l WHERE l.entryId = e.id) ORDER BY e.id", AuditEntry.class)
                .setParameter("due", Instant.now().minus(CHAINING_GRACE))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static String describe(ChainVerification result) {
        if (result.intact()) {
            return "intact, " + result.entriesChecked() + " entries";
        }
        return result.firstBrokenSeq() == null ? "broken: " + result.problem()
                : "broken at entry " + result.firstBrokenSeq() + ": " + result.problem();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
