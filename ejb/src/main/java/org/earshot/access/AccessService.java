package org.earshot.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The one place that answers "may user U do action A on target X in mode M?". Every service
 * method that touches scoped data asks here, through {@link #require} for the caller or
 * {@link #decide} for any user; list queries ask {@link #visibleScope} what to show;
 * administrators and reviewers ask {@link #explain} to see why.
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class AccessService {

    /** A grant's last use is recorded at most this often, so busy users don't write on every click. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditService audit;

    public String callerName() {
        return session.getCallerPrincipal().getName();
    }

    /** The decision for any user; a grant that allows is marked as used. */
    public AccessDecision decide(String username, Action action, AccessTarget target, MonitoringMode mode) {
        AccessDecision decision = evaluate(username, action, target, mode);
        if (decision.allowed()) {
            markUsed(decision.grantId());
        }
        return decision;
    }

    /**
     * The decision for any user, for showing what they could do (a console's buttons): asking is not a
     * use of the grant.
     */
    public AccessDecision preview(String username, Action action, AccessTarget target, MonitoringMode mode) {
        return evaluate(username, action, target, mode);
    }

    /**
     * The decision for any user on at most one of an agent, queue or team (none: the organization),
     * for callers who manage grants or review permissions. Asking is not a use of the user's grant,
     * so an explanation never hides an unused grant from the permission review.
     */
    public AccessDecision explain(String username, Action action, Long agentId, Long queueId, Long teamId, MonitoringMode mode) {
        if (!isAllowed(Action.MANAGE_GRANTS, AccessTarget.organization(), null)) {
            require(Action.REVIEW_PERMISSIONS, AccessTarget.organization(), null);
        }
        return evaluate(username, action, targetOf(agentId, queueId, teamId), mode);
    }

    /** Lets the caller go on, or audits the denial and throws. */
    public AccessDecision require(Action action, AccessTarget target, MonitoringMode mode) {
        return allowedOrRefused(decide(callerName(), action, target, mode), action, target, mode);
    }

    /**
     * For an organization-wide action on something placed in the organization (a scorecard assigned to
     * a queue or team, see {@link AccessPolicy#decideReach}): lets the caller go on when a grant of
     * theirs that permits the action reaches the target, or audits the denial and throws.
     */
    public AccessDecision requireReach(Action action, AccessTarget target) {
        User user = findUser(callerName());
        AccessDecision decision = user == null ? AccessDecision.deny("unknown user " + callerName())
                : AccessPolicy.decideReach(user, activeGrants(user), action, target);
        if (decision.allowed()) {
            markUsed(decision.grantId());
        }
        return allowedOrRefused(decision, action, target, null);
    }

    /**
     * Whether a grant of the caller that permits the organization-wide action reaches the target (see
     * {@link #requireReach}), for reads that widen nothing: asking is neither audited nor a use of the grant.
     */
    public boolean reaches(Action action, AccessTarget target) {
        User user = findUser(callerName());
        return user != null && AccessPolicy.decideReach(user, activeGrants(user), action, target).allowed();
    }

    private AccessDecision allowedOrRefused(AccessDecision decision, Action action, AccessTarget target, MonitoringMode mode) {
        if (!decision.allowed()) {
            audit.recordIndependently(AuditEvent.of(AccessAuditAction.ACCESS_DENIED, "Action", action,
                    target + (mode == null ? "" : " in mode " + mode) + ": " + decision.reason())
                    .withOutcome(AuditOutcome.DENIED));
            throw new AccessDeniedException(decision.reason());
        }
        return decision;
    }

    public boolean isAllowed(Action action, AccessTarget target, MonitoringMode mode) {
        return decide(callerName(), action, target, mode).allowed();
    }

    /** What of the organization the caller may see for an action, for filtering lists. */
    public VisibleScope visibleScope(Action action) {
        User user = findUser(callerName());
        if (user == null || !user.isActive()) {
            return VisibleScope.NOTHING;
        }
        return VisibleScope.of(user, activeGrants(user), action);
    }

    public List<Grant> activeGrants(User user) {
        return em.createQuery("SELECT g FROM Grant g WHERE g.user = :user AND g.revokedAt IS NULL ORDER BY g.id", Grant.class)
                .setParameter("user", user).getResultList();
    }

    private AccessDecision evaluate(String username, Action action, AccessTarget target, MonitoringMode mode) {
        User user = findUser(username);
        if (user == null) {
            return AccessDecision.deny("unknown user " + username);
        }
        return AccessPolicy.decide(user, activeGrants(user), monitoringGroupsOf(user), action, target, mode);
    }

    /** An agent as a target: through their team, its site and the queues they answer. */
    public AccessTarget agentTarget(User agent) {
        return AccessTarget.agent(agent, em.createNamedQuery(CallQueue.ANSWERED_BY, CallQueue.class)
                .setParameter("agent", agent).getResultList());
    }

    private AccessTarget targetOf(Long agentId, Long queueId, Long teamId) {
        if (Stream.of(agentId, queueId, teamId).filter(Objects::nonNull).count() > 1) {
            throw new GrantException("Name at most one of agent, queue or team");
        }
        if (agentId != null) {
            return agentTarget(Entities.load(em, User.class, agentId));
        }
        if (queueId != null) {
            return AccessTarget.queue(Entities.load(em, CallQueue.class, queueId));
        }
        if (teamId != null) {
            return AccessTarget.team(Entities.load(em, Team.class, teamId));
        }
        return AccessTarget.organization();
    }

    private List<MonitoringGroup> monitoringGroupsOf(User user) {
        return em.createQuery("SELECT g FROM MonitoringGroup g WHERE :user MEMBER OF g.monitors", MonitoringGroup.class)
                .setParameter("user", user).getResultList();
    }

    private User findUser(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }

    // A bulk update: concurrent uses of one grant must not fail each other on its version.
    private void markUsed(Long grantId) {
        Instant now = Instant.now();
        em.createQuery("UPDATE Grant g SET g.lastUsedAt = :now WHERE g.id = :id"
                        + " AND (g.lastUsedAt IS NULL OR g.lastUsedAt < :stale)")
                .setParameter("now", now).setParameter("stale", now.minus(USE_RESOLUTION))
                .setParameter("id", grantId).executeUpdate();
    }
}
