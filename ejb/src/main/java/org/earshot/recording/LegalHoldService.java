package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.organization.NotFoundException;
import org.earshot.query.Page;

/**
 * Legal holds: compliance names a matter, says why, and scopes it by a query; while it is active
 * the recordings it matches are neither purged nor deleted nor erased. Creating and releasing are
 * audited with the scope and the reasons. A hold's recordings are listed by the same query, paged,
 * so a hold of a million recordings costs nothing more than one of ten.
 */
// Authorization is decided by GovernanceGuard (MANAGE_RECORDINGS), not by EJB role lists.
@PermitAll
@Stateless
public class LegalHoldService {

    private static final String ITS_RECORDINGS = " WHERE r.deletedAt IS NULL AND EXISTS (SELECT h FROM LegalHold h"
            + " WHERE h.id = :hold AND " + LegalHold.MATCHES + ")";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private AuditService audit;

    public LegalHoldView create(String name, String reason, HoldScope scope) {
        String by = guard.requireManage();
        if (scope == null) {
            throw new GovernanceException("scope", "Say what the hold keeps");
        }
        LegalHold hold = new LegalHold(name, reason, scope, by, Instant.now());
        em.persist(hold);
        em.flush();
        long kept = countRecordings(hold.getId());
        audit.record(AuditEvent.of(RecordingGovernanceAuditAction.LEGAL_HOLD_CREATE, "LegalHold", hold.getId(),
                "hold \"" + hold.getName() + "\" on " + scope.described() + " (" + kept + " recordings now): " + reason.strip()));
        return hold.view(kept);
    }

    public LegalHoldView release(long holdId, String reason) {
        String by = guard.requireManage();
        LegalHold hold = em.find(LegalHold.class, holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            throw new NotFoundException("Legal hold " + holdId + " does not exist");
        }
        long kept = countRecordings(holdId);
        hold.release(reason, by, Instant.now());
        audit.record(AuditEvent.of(RecordingGovernanceAuditAction.LEGAL_HOLD_RELEASE, "LegalHold", holdId,
                "hold \"" + hold.getName() + "\" released (" + kept + " recordings no longer kept by it): " + reason.strip()));
        return hold.view(0);
    }

    /** The holds, active ones first, newest first, each with how many recordings it keeps now. */
    public List<LegalHoldView> holds(boolean withReleased) {
        guard.requireManage();
        return em.createQuery("SELECT h FROM LegalHold h WHERE :all = TRUE OR h.releasedAt IS NULL"
                        + " ORDER BY CASE WHEN h.releasedAt IS NULL THEN 0 ELSE 1 END, h.createdAt DESC, h.id DESC", LegalHold.class)
                .setParameter("all", withReleased).getResultStream()
                .map(h -> h.view(h.isActive() ? countRecordings(h.getId()) : 0)).toList();
    }

    /** The recordings an active hold keeps, newest first, a page at a time, and how many there are. */
    public Page<GovernedRecording> recordings(long holdId, int first, int max) {
        guard.requireManage();
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null) {
            throw new NotFoundException("Legal hold " + holdId + " does not exist");
        }
        List<GovernedRecording> page = em.createQuery(GovernedRecording.WITH_CALL + ITS_RECORDINGS
                        + " ORDER BY r.startedAt DESC, r.id", Object[].class)
                .setParameter("hold", holdId).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultStream()
                .map(row -> GovernedRecording.of((Recording) row[0], (CallRecord) row[1], List.of(hold.getName()))).toList();
        return new Page<>(page, countRecordings(holdId));
    }

    private long countRecordings(long holdId) {
        return em.createQuery("SELECT COUNT(r) FROM Recording r" + ITS_RECORDINGS, Long.class)
                .setParameter("hold", holdId).getSingleResult();
    }
}
