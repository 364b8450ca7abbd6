package org.earshot.coaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;

/**
 * Who may see and change coaching: a coach (COACH_AGENT on the agent: a trainer's or supervisor's scope)
 * reads and changes an agent's plans and sessions; the agent reads their own and acknowledges their
 * sessions; nobody coaches themselves. A plan or session someone may not see is "not found" alike, the
 * refusal audited with its true reason; the agent's attempt at a coach's step is a 403, audited.
 */
// Authorization is decided per call by AccessService (COACH_AGENT and its scope), not by EJB role lists.
@PermitAll
@Stateless
public class CoachingAccess {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    public User caller() {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class).setParameter("name", access.callerName())
                .getResultStream().findFirst().orElseThrow(() -> new AccessDeniedException("unknown user " + access.callerName()));
    }

    /** Whether the user coaches the agent: COACH_AGENT on them, and not themselves. */
    public boolean coaches(User user, User agent) {
        return !user.getId().equals(agent.getId())
                && access.preview(user.getUsername(), Action.COACH_AGENT, access.agentTarget(agent), null).allowed();
    }

    /** Lets a coach of the agent go on (a use of their grant), or audits the refusal as the access layer does and answers 403. */
    public User requireCoachOf(User agent) {
        User me = caller();
        if (me.getId().equals(agent.getId())) {
            deny(CoachingAuditAction.PLAN_CREATE, "User", agent.getId(), "nobody coaches themselves");
        }
        access.require(Action.COACH_AGENT, access.agentTarget(agent), null);
        return me;
    }

    /** The plan if the caller may read it: its agent, or a coach of the agent. Otherwise "not found", audited. */
    public CoachingPlan readablePlan(long id) {
        CoachingPlan plan = em.find(CoachingPlan.class, id);
        String refusal = plan == null ? "no such plan" : refusalToRead(plan.getAgent());
        if (refusal != null) {
            refuseToShow("CoachingPlan", id, refusal);
            throw new NotFoundException("Coaching plan " + id + " does not exist");
        }
        return plan;
    }

    /** The session if the caller may read it, as its plan. */
    public CoachingSession readableSession(long id) {
        CoachingSession session = em.find(CoachingSession.class, id);
        String refusal = session == null ? "no such session" : refusalToRead(session.getAgent());
        if (refusal != null) {
            refuseToShow("CoachingSession", id, refusal);
            throw new NotFoundException("Coaching session " + id + " does not exist");
        }
        return session;
    }

    /** The caller, once they coach the agent of what they may read; the agent themselves is refused (403, audited). */
    public User requireCoach(User agent, CoachingAuditAction action, String targetType, long targetId) {
        User me = caller();
        if (!coaches(me, agent)) {
            deny(action, targetType, targetId, me.getUsername() + " may read but not coach " + agent.getUsername());
        }
        return me;
    }

    /** The caller, when they are the agent; anyone else is refused (403, audited): only the agent acknowledges. */
    public User requireAgent(User agent, CoachingAuditAction action, String targetType, long targetId) {
        User me = caller();
        if (!me.getId().equals(agent.getId())) {
            deny(action, targetType, targetId, "only " + agent.getUsername() + " may do this");
        }
        return me;
    }

    /**
     * Why the caller may not read the agent's plans and sessions: they may unless they are neither the agent,
     * nor a coach of the agent, nor a reader of dashboards reaching the agent (who opens the plans behind the
     * coaching dashboard's numbers, read only: every step still needs a coach).
     */
    private String refusalToRead(User agent) {
        User me = caller();
        return me.getId().equals(agent.getId()) || coaches(me, agent) || access.reaches(Action.VIEW_DASHBOARD, access.agentTarget(agent)) ? null
                : me.getUsername() + " does not coach " + agent.getUsername();
    }

    private void refuseToShow(String targetType, long id, String reason) {
        audit.recordIndependently(AuditEvent.of(CoachingAuditAction.COACHING_VIEW, targetType, id, "refused: " + reason)
                .withOutcome(AuditOutcome.DENIED));
    }

    /** Audits the refusal on its own (the request's work is rolled back) and refuses as the access layer does. */
    private void deny(CoachingAuditAction action, String targetType, Object targetId, String reason) {
        audit.recordIndependently(AuditEvent.of(action, targetType, targetId, "refused: " + reason).withOutcome(AuditOutcome.DENIED));
        throw new AccessDeniedException(reason);
    }
}
