package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.coaching.AttachmentKind;
import org.earshot.coaching.CoachingAuditAction;
import org.earshot.coaching.CoachingPlan;
import org.earshot.coaching.CoachingSession;
import org.earshot.coaching.GoalStatus;
import org.earshot.coaching.GoalSubject;
import org.earshot.coaching.NewAction;
import org.earshot.coaching.NewAttachment;
import org.earshot.coaching.NewGoal;
import org.earshot.coaching.TargetKind;
import org.earshot.evaluation.Evaluation;
import org.earshot.evaluation.Scorecard;
import org.earshot.organization.User;

/**
 * The trainer's demo caseload: agent2 on a plan started three days ago (so that their acknowledged
 * evaluation counts in its goals' progress) with a session held two days ago, its evaluation attached,
 * agreed actions and agent2's acknowledgement, and the next session in two days; agent4 on a plan started
 * today with a session tomorrow. Each step is in the audit trail as the trainer or the agent took it.
 */
final class DemoCoaching {

    private final EntityManager em;
    private final AuditService audit;
    private final Scorecard scorecard;

    DemoCoaching(EntityManager em, AuditService audit, Scorecard scorecard) {
        this.em = em;
        this.audit = audit;
        this.scorecard = scorecard;
    }

    void seed(User trainer, User agent2, User agent4, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        CoachingPlan billing = plan(trainer, agent2, "Silences and summaries", now.minus(Duration.ofDays(3)));
        goal(billing, GoalSubject.QUESTION, "noLongSilence", TargetKind.PASS_RATE, 80, today.plusDays(21), now.minus(Duration.ofDays(3)));
        goal(billing, GoalSubject.SECTION, "closing", TargetKind.SCORE, 85, today.plusDays(28), now.minus(Duration.ofDays(3)));
        CoachingSession held = session(billing, trainer, now.minus(Duration.ofDays(2)), 30);
        Evaluation evaluated = em.createQuery("SELECT e FROM Evaluation e WHERE e.agent = :agent ORDER BY e.id", Evaluation.class)
                .setParameter("agent", agent2).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (evaluated != null) {
            held.attach(new NewAttachment(AttachmentKind.EVALUATION, evaluated.getId(), null, null, null, "The silence while looking up the invoice"),
                    trainer.getUsername(), now.minus(Duration.ofDays(2)));
        }
        held.complete("Talked through the long silence: say what you are doing while you look something up, and summarise before closing.",
                List.of(new NewAction("Narrate every lookup longer than five seconds", today.plusDays(5)),
                        new NewAction("Close each call with a one-sentence summary", today.plusDays(7))), now.minus(Duration.ofDays(2)));
        em.flush();
        audited(trainer, CoachingAuditAction.SESSION_COMPLETE, held, "held, 2 actions agreed");
        held.acknowledge("Agreed; I will narrate the lookups.", now.minus(Duration.ofDays(1)));
        em.flush();
        audited(agent2, CoachingAuditAction.SESSION_ACKNOWLEDGE, held, "acknowledged by the agent, with a comment");
        session(billing, trainer, now.plus(Duration.ofDays(2)), 30);

        CoachingPlan support = plan(trainer, agent4, "Empathy on technical calls", now);
        goal(support, GoalSubject.QUESTION, "empathy", TargetKind.SCORE, 75, today.plusDays(30), now);
        session(support, trainer, now.plus(Duration.ofDays(1)), 45);
    }

    private CoachingPlan plan(User trainer, User agent, String title, Instant at) {
        CoachingPlan plan = new CoachingPlan(agent, trainer, title, at);
        em.persist(plan);
        em.flush();
        audit.recordFor(trainer.getUsername(), AuditEvent.of(CoachingAuditAction.PLAN_CREATE, "CoachingPlan", plan.getId(),
                "plan \"" + title + "\" started for " + agent.getUsername()).with("agent", agent.getUsername()));
        return plan;
    }

    private void goal(CoachingPlan plan, GoalSubject subject, String key, TargetKind kind, int target, LocalDate due, Instant at) {
        plan.addGoal(new NewGoal(scorecard.getId(), subject, key, kind, BigDecimal.valueOf(target).setScale(2), due), GoalStatus.ACTIVE, at);
    }

    private CoachingSession session(CoachingPlan plan, User trainer, Instant at, int minutes) {
        CoachingSession session = new CoachingSession(plan, trainer, at, minutes);
        em.persist(session);
        em.flush();
        audited(trainer, CoachingAuditAction.SESSION_SCHEDULE, session, "scheduled at " + at + " for " + minutes + " min");
        return session;
    }

    private void audited(User actor, CoachingAuditAction action, CoachingSession session, String what) {
        audit.recordFor(actor.getUsername(), AuditEvent.of(action, "CoachingSession", session.getId(), what)
                .with("agent", session.getAgent().getUsername()).with("state", session.getState()));
    }
}
