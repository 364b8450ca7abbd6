package org.earshot.coaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.evaluation.EvaluationService;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.recording.Recording;
import org.earshot.recording.RecordingAccess;
import org.earshot.recording.RecordingAuditAction;
import org.earshot.rules.FieldViolation;

/**
 * Coaching sessions: scheduled on an active plan by a coach of its agent, then held (notes, agreed
 * actions), missed or cancelled; evaluations, recordings and snippets attached only when the caller may
 * see them (the evaluation's own visibility, PLAY_RECORDING on the recording's call); acknowledged and
 * commented by the agent alone; agreed actions marked done by the agent or a coach. Every change is audited.
 */
// Authorization is decided per call by CoachingAccess (COACH_AGENT and its scope), not by EJB role lists.
@PermitAll
@Stateless
public class CoachingSessionService {

    /** The sessions {@code s} of the caller as agent or trainer scheduled from {@code :from} (inclusive) to {@code :to}. */
    private static final String MINE_BETWEEN = " FROM CoachingSession s WHERE (s.agent = :me OR s.trainer = :me) AND s.scheduledAt >= :from"
            + " AND s.scheduledAt < :to";

    private static final String IN_TIME_ORDER = " ORDER BY s.scheduledAt, s.id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CoachingAccess guard;

    @EJB
    private AuditService audit;

    @EJB
    private EvaluationService evaluations;

    @EJB
    private RecordingAccess recordings;

    @Inject
    private CoachingNotices notices;

    public SessionView schedule(long planId, Instant scheduledAt, Integer durationMinutes) {
        CoachingPlan plan = guard.readablePlan(planId);
        User trainer = guard.requireCoach(plan.getAgent(), CoachingAuditAction.SESSION_SCHEDULE, "CoachingPlan", planId);
        refuseFaults(SessionRules.ofSchedule(scheduledAt, durationMinutes));
        CoachingSession session = new CoachingSession(plan, trainer, scheduledAt, durationMinutes);
        em.persist(session);
        em.flush();
        audit.record(event(CoachingAuditAction.SESSION_SCHEDULE, session, "scheduled with " + plan.getAgent().getUsername() + " at "
                + scheduledAt + " for " + durationMinutes + " min").with("plan", planId));
        notices.scheduled(session);
        return session.view();
    }

    public SessionView get(long id) {
        return guard.readableSession(id).view();
    }

    /** The sessions of the caller as agent or trainer from {@code from} (inclusive) to {@code to}, in time order. */
    public List<SessionSummary> between(Instant from, Instant to) {
        return mine("SELECT s" + MINE_BETWEEN + IN_TIME_ORDER, CoachingSession.class, from, to).getResultStream().map(CoachingSession::summary)
                .toList();
    }

    /** A page of {@link #between(Instant, Instant)}, and how many there are: a site's trainer holds a hundred sessions a week and more. */
    public Page<SessionSummary> between(Instant from, Instant to, PageRequest page) {
        Page<CoachingSession> found = Paging.page(mine("SELECT s" + MINE_BETWEEN + IN_TIME_ORDER, CoachingSession.class, from, to),
                mine("SELECT COUNT(*)" + MINE_BETWEEN, Long.class, from, to), page);
        return new Page<>(found.items().stream().map(CoachingSession::summary).toList(), found.total());
    }

    private <T> TypedQuery<T> mine(String query, Class<T> type, Instant from, Instant to) {
        return em.createQuery(query, type).setParameter("me", guard.caller()).setParameter("from", from).setParameter("to", to);
    }

    /**
     * The caller's own open actions: agreed in the held sessions of their active plans and not done yet, soonest due
     * first; in one query, not a read of each plan and session.
     */
    public List<ActionView> myOpenActions() {
        return em.createQuery("SELECT a FROM AgreedAction a JOIN a.session s WHERE s.agent = :me AND s.state = :held"
                        + " AND s.plan.status = :active AND a.done = FALSE ORDER BY a.dueOn, a.id", AgreedAction.class)
                .setParameter("me", guard.caller()).setParameter("held", SessionState.DONE).setParameter("active", PlanStatus.ACTIVE)
                .getResultStream().map(AgreedAction::view).toList();
    }

    public SessionView complete(long id, String notes, List<NewAction> actions) {
        List<NewAction> agreed = actions == null ? List.of() : actions;
        return coachStep(id, CoachingAuditAction.SESSION_COMPLETE, s -> {
            refuseFaults(SessionRules.ofOutcome(notes, agreed, LocalDate.now(ZoneOffset.UTC)));
            s.complete(notes == null || notes.isBlank() ? null : notes.strip(), agreed, Instant.now());
            notices.held(s);
            return "held, " + agreed.size() + " actions agreed";
        });
    }

    public SessionView miss(long id) {
        return coachStep(id, CoachingAuditAction.SESSION_MISS, s -> {
            s.miss(Instant.now());
            return "missed";
        });
    }

    public SessionView cancel(long id) {
        return coachStep(id, CoachingAuditAction.SESSION_CANCEL, s -> {
            s.cancel(Instant.now());
            notices.cancelled(s);
            return "cancelled";
        });
    }

    public AttachmentView attach(long id, NewAttachment attachment) {
        CoachingSession session = locked(id);
        guard.requireCoach(session.getAgent(), CoachingAuditAction.SESSION_ATTACH, "CoachingSession", id);
        String what = checked(attachment);
        SessionAttachment added = session.attach(attachment, guard.caller().getUsername(), Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.SESSION_ATTACH, session, "attachment " + added.getId() + ": " + what));
        return added.view();
    }

    public SessionView detach(long id, long attachmentId) {
        return coachStep(id, CoachingAuditAction.SESSION_DETACH, s -> "attachment " + attachmentId + " (" + s.detach(attachmentId).getKind()
                + ") removed");
    }

    /** The agent's acknowledgement of a held session, with their comment if any. */
    public SessionView acknowledge(long id, String comment) {
        CoachingSession session = locked(id);
        guard.requireAgent(session.getAgent(), CoachingAuditAction.SESSION_ACKNOWLEDGE, "CoachingSession", id);
        if (comment != null && comment.length() > CoachingSession.COMMENT_LENGTH) {
            throw new CoachingException("comment", "A comment has at most " + CoachingSession.COMMENT_LENGTH + " characters");
        }
        boolean commented = comment != null && !comment.isBlank();
        session.acknowledge(commented ? comment.strip() : null, Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.SESSION_ACKNOWLEDGE, session, "acknowledged by the agent" + (commented ? ", with a comment" : "")));
        notices.acknowledged(session, commented);
        return session.view();
    }

    /** An agreed action done: by the agent or a coach of the agent. */
    public SessionView actionDone(long id, long actionId) {
        CoachingSession session = locked(id);
        User me = guard.caller();
        if (!me.getId().equals(session.getAgent().getId())) {
            guard.requireCoach(session.getAgent(), CoachingAuditAction.ACTION_DONE, "CoachingSession", id);
        }
        AgreedAction action = session.action(actionId);
        action.markDone(Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.ACTION_DONE, session, "action " + actionId + " done: " + action.getText()));
        return session.view();
    }

    /** What the attachment shows, once the caller may see it; a missing or unseen evaluation or recording is a field error. */
    private String checked(NewAttachment attachment) {
        if (attachment.kind() == null) {
            throw new CoachingException("kind", "Choose what to attach: EVALUATION, RECORDING or SNIPPET");
        }
        if (attachment.note() != null && attachment.note().length() > SessionAttachment.NOTE_LENGTH) {
            throw new CoachingException("note", "A note has at most " + SessionAttachment.NOTE_LENGTH + " characters");
        }
        if (attachment.kind() == AttachmentKind.EVALUATION) {
            if (attachment.evaluationId() == null) {
                throw new CoachingException("evaluationId", "Choose the evaluation to attach");
            }
            try {
                evaluations.get(attachment.evaluationId());
            } catch (NotFoundException unseen) {
                throw new CoachingException("evaluationId", "There is no evaluation " + attachment.evaluationId() + " you may see");
            }
            return "evaluation " + attachment.evaluationId();
        }
        Recording recording = playable(attachment.recordingId());
        if (attachment.kind() == AttachmentKind.SNIPPET) {
            refuseFaults(SessionRules.ofSnippet(attachment.startMs(), attachment.endMs(), recording.durationMillis()));
            return "snippet " + attachment.startMs() + "-" + attachment.endMs() + " ms of recording " + recording.getId();
        }
        return "recording " + recording.getId();
    }

    private Recording playable(UUID recordingId) {
        if (recordingId == null) {
            throw new CoachingException("recordingId", "Choose the recording");
        }
        try {
            return recordings.require(recordingId, Action.PLAY_RECORDING, RecordingAuditAction.RECORDING_VIEW).recording();
        } catch (NotFoundException unseen) {
            throw new CoachingException("recordingId", "There is no recording " + recordingId + " you may play");
        }
    }

    private SessionView coachStep(long id, CoachingAuditAction action, Function<CoachingSession, String> change) {
        CoachingSession session = locked(id);
        guard.requireCoach(session.getAgent(), action, "CoachingSession", id);
        String what = change.apply(session);
        em.flush();
        audit.record(event(action, session, what));
        return session.view();
    }

    private CoachingSession locked(long id) {
        CoachingSession session = guard.readableSession(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    private static void refuseFaults(List<FieldViolation> faults) {
        if (!faults.isEmpty()) {
            throw new CoachingException(faults);
        }
    }

    private static AuditEvent event(CoachingAuditAction action, CoachingSession session, String what) {
        return AuditEvent.of(action, "CoachingSession", session.getId(), what).with("agent", session.getAgent().getUsername())
                .with("state", session.getState());
    }
}
