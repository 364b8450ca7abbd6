package org.earshot.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.Entities;

/**
 * Periodic review of who may do what: finds grants unreviewed or unused for too long and those
 * left over after a team move; a reviewer certifies or revokes each, and every decision is kept
 * and audited. Reviewers do not decide on their own grants.
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class PermissionReviewService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    public List<ReviewFinding> findings(int unreviewedDays, int unusedDays) {
        access.require(Action.REVIEW_PERMISSIONS, AccessTarget.organization(), null);
        if (unreviewedDays < 1 || unusedDays < 1) {
            throw new GrantException("days", "Review periods must be at least one day");
        }
        Instant now = Instant.now();
        List<ReviewFinding> findings = new ArrayList<>();
        for (Grant grant : em.createQuery("SELECT g FROM Grant g WHERE g.revokedAt IS NULL ORDER BY g.user.username, g.id", Grant.class)
                .getResultList()) {
            ReviewFinding finding = assess(grant, now, unreviewedDays, unusedDays);
            if (!finding.reasons().isEmpty()) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /**
     * How many {@link #findings} there are, and for each reason, counted in the database: a tile needs the numbers, not
     * every active grant read with its user, team and scope.
     */
    public ReviewTally tally(int unreviewedDays, int unusedDays) {
        access.require(Action.REVIEW_PERMISSIONS, AccessTarget.organization(), null);
        if (unreviewedDays < 1 || unusedDays < 1) {
            throw new GrantException("days", "Review periods must be at least one day");
        }
        Instant now = Instant.now();
        Object[] row = (Object[]) em.createNativeQuery(TALLY)
                .setParameter("unreviewedBefore", now.minus(Duration.ofDays(unreviewedDays)))
                .setParameter("unusedBefore", now.minus(Duration.ofDays(unusedDays))).getSingleResult();
        return new ReviewTally(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /**
     * The findings' numbers, as {@link #assess} decides each: unreviewed or unused for longer than the period (before
     * {@code :unreviewedBefore}, {@code :unusedBefore}), or the grantee's team changed since the grant was given or certified.
     */
    static final String TALLY = "SELECT COUNT(*), SUM(f.unreviewed), SUM(f.unused), SUM(f.team_moved) FROM ("
            + "SELECT CASE WHEN COALESCE(g.last_reviewed_at, g.granted_at) < :unreviewedBefore THEN 1 ELSE 0 END AS unreviewed,"
            + " CASE WHEN COALESCE(g.last_used_at, g.granted_at) < :unusedBefore THEN 1 ELSE 0 END AS unused,"
            + " CASE WHEN g.grantee_team_id = u.team_id OR g.grantee_team_id IS NULL AND u.team_id IS NULL THEN 0 ELSE 1 END AS team_moved"
            + " FROM access_grant g JOIN app_user u ON u.id = g.user_id WHERE g.revoked_at IS NULL) f"
            + " WHERE f.unreviewed + f.unused + f.team_moved > 0";

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static ReviewFinding assess(Grant grant, Instant now, int unreviewedDays, int unusedDays) {
        Set<ReviewFinding.Reason> reasons = EnumSet.noneOf(ReviewFinding.Reason.class);
        Duration unreviewed = grant.unreviewedFor(now);
        Duration unused = grant.unusedFor(now);
        if (unreviewed.compareTo(Duration.ofDays(unreviewedDays)) > 0) {
            reasons.add(ReviewFinding.Reason.UNREVIEWED);
        }
        if (unused.compareTo(Duration.ofDays(unusedDays)) > 0) {
            reasons.add(ReviewFinding.Reason.UNUSED);
        }
        if (grant.outlivedTeamMove()) {
            reasons.add(ReviewFinding.Reason.TEAM_MOVED);
        }
        return new ReviewFinding(grant, reasons, unreviewed.toDays(), unused.toDays());
    }

    public Grant certify(long grantId, String comment) {
        return decide(grantId, ReviewDecision.Decision.CERTIFIED, comment);
    }

    public Grant revoke(long grantId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new GrantException("comment", "Say why the grant is revoked");
        }
        return decide(grantId, ReviewDecision.Decision.REVOKED, comment);
    }

    private Grant decide(long grantId, ReviewDecision.Decision decision, String comment) {
        access.require(Action.REVIEW_PERMISSIONS, AccessTarget.organization(), null);
        Grant grant = Entities.load(em, Grant.class, grantId);
        String reviewer = access.callerName();
        if (grant.getUser().getUsername().equals(reviewer)) {
            throw new GrantException("You cannot review your own grants");
        }
        if (!grant.isActive()) {
            throw GrantException.conflict("Grant " + grantId + " is already revoked");
        }
        Instant now = Instant.now();
        String findings = assess(grant, now, 1, 1).reasons().toString();
        if (decision == ReviewDecision.Decision.CERTIFIED) {
            grant.certify(reviewer, now);
        } else {
            grant.revoke(reviewer, now, "permission review: " + comment);
            withdrawn.fire(new AccessWithdrawn("grant revoked"));
        }
        em.persist(new ReviewDecision(grant, decision, findings, reviewer, comment, now));
        audit.record(AuditEvent.of(decision == ReviewDecision.Decision.CERTIFIED ? AccessAuditAction.REVIEW_CERTIFY : AccessAuditAction.REVIEW_REVOKE,
                "Grant", grantId, grant.getUser().getUsername() + ": " + grant.getRole() + " over " + grant.describeScope()
                        + (comment == null || comment.isBlank() ? "" : "; " + comment)));
        return grant;
    }

    public List<ReviewDecision> decisions(long grantId) {
        access.require(Action.REVIEW_PERMISSIONS, AccessTarget.organization(), null);
        return em.createQuery("SELECT d FROM ReviewDecision d WHERE d.grant.id = :id ORDER BY d.decidedAt DESC", ReviewDecision.class)
                .setParameter("id", grantId).getResultList();
    }
}
