package org.earshot.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.VisibleScope;
import org.earshot.audit.AuditDetails;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallScope;
import org.earshot.events.ApplicationEvents;
import org.earshot.monitoring.MonitoringSession;
import org.earshot.notification.Notifications;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.query.Conditions;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.recording.Recording;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignalQueries;

/**
 * Evaluations of calls: starting one on a recorded call or from the caller's live monitoring session,
 * filling the form in, comments, and the workflow's steps (submit, acknowledge, dispute, resolve,
 * appeal) and the lapsing of the agent's windows. Who may: the evaluator needs EVALUATE_CALL on the
 * call (their scope; a supervisor's is their teams'); the agent acts only on their own evaluations and
 * sees them once submitted; a reviewer needs EVALUATE_CALL on the call and is neither the evaluator nor
 * the agent. An evaluation someone may not see is "not found" alike, the refusal audited with its true
 * reason; every step is audited; every refusal leaves nothing changed.
 */
// Authorization is decided per call by AccessService (EVALUATE_CALL and its scope), not by EJB role lists.
@PermitAll
@Stateless
public class EvaluationService {

    private static final String NEWEST_FIRST = " ORDER BY e.createdAt DESC, e.id DESC";

    private static final int MAX_REASON = 2000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationEvents events;

    @EJB
    private SpeechSignalQueries speech;

    @EJB
    private QualityLedger ledger;

    @EJB
    private Notifications notifications;

    private EvaluationPolicies policies;

    private EvaluationNotices notices;

    @PostConstruct
    void preparePolicies() {
        policies = new EvaluationPolicies(em);
        notices = new EvaluationNotices(em, access, notifications);
    }

    /**
     * A draft on a recorded call, on the published form for its queue or agent's team (or the one named
     * among those). When the caller has a draft of the recording already (started before, or assigned by
     * a sampling draw), that one is answered instead of a second, and the scorecard named is not read.
     */
    public StartedEvaluation startOnRecording(UUID recordingId, Long scorecardId) {
        Recording recording = recordingId == null ? null : em.find(Recording.class, recordingId);
        if (recording == null || recording.getDeletedAt() != null) {
            throw new NotFoundException("Recording " + recordingId + " does not exist");
        }
        Optional<Evaluation> draft = ownDraftOf(recording);
        if (draft.isPresent()) {
            return new StartedEvaluation(get(draft.get().getId()), false);
        }
        return new StartedEvaluation(started(callOf(recording.getCallId()), recording.getId(), null, scorecardId,
                "on recording " + recordingId), true);
    }

    /**
     * A draft while listening: on the call of the caller's own live monitoring session, linking the
     * session. One evaluation per session: asked again (a second click, a retried request) it answers the
     * evaluation already made from the session, in whatever state, and the scorecard named is not read.
     * The session's row is locked meanwhile, so that two requests at once make one. Refused, and audited:
     * another person's session (403) and a session that has ended without an evaluation (409).
     */
    public StartedEvaluation startFromSession(long sessionId, Long scorecardId) {
        MonitoringSession session = em.find(MonitoringSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("Monitoring session " + sessionId + " does not exist");
        }
        User caller = caller();
        if (!Objects.equals(session.getSupervisorId(), caller.getId())) {
            auditRefusal(session, "monitoring session " + sessionId + " is " + session.getSupervisorUsername() + "'s, not "
                    + caller.getUsername() + "'s");
            throw new AccessDeniedException("Monitoring session " + sessionId + " is not yours: evaluate from your own session");
        }
        Optional<Evaluation> made = madeFrom(session);
        if (made.isPresent()) {
            return new StartedEvaluation(get(made.get().getId()), false);
        }
        if (session.getEndedAt() != null) {
            auditRefusal(session, "monitoring session " + sessionId + " ended at " + session.getEndedAt());
            throw EvaluationException.conflict("monitoringSessionId", "Monitoring session " + sessionId
                    + " has ended: evaluate the call from its recording");
        }
        UUID recording = recordingIdOf(session.getCallId());
        return new StartedEvaluation(started(callOf(session.getCallId()), recording, session, scorecardId,
                "from monitoring session " + sessionId), true);
    }

    /**
     * What the supervisor console offers on the caller's live session: the evaluation made from it, the
     * published forms its call may be evaluated with, or why none fits; nothing on a session that is not
     * the caller's or has ended, nor when the caller may not evaluate the call (no EVALUATE_CALL on it,
     * their own call, a call that reached no agent). Starting decides again, and audits a refusal.
     */
    public LiveEvaluationOffer offerFor(long sessionId) {
        MonitoringSession session = em.find(MonitoringSession.class, sessionId);
        User caller = caller();
        if (session == null || !Objects.equals(session.getSupervisorId(), caller.getId()) || session.getEndedAt() != null) {
            return LiveEvaluationOffer.NOTHING;
        }
        Optional<Evaluation> made = madeFrom(session);
        if (made.isPresent()) {
            return LiveEvaluationOffer.madeAlready(made.get().getId());
        }
        CallRecord call = findCall(session.getCallId()).orElse(null);
        if (!mayEvaluate(call, caller)) {
            return LiveEvaluationOffer.NOTHING;
        }
        List<FormOption> forms = new FormChoice(em).fitting(call, call.getAgent()).stream().map(FormOption::of).toList();
        return LiveEvaluationOffer.toStart(forms, FormChoice.noneFits(call, call.getAgent()));
    }

    /** Whether the evaluation's call is still under way: its recording, if it is recorded, follows when it ends. */
    public boolean isCallUnderWay(long id) {
        return callOf(readable(id).getCallId()).getEndedAt() == null;
    }

    public EvaluationView get(long id) {
        Evaluation evaluation = readable(id);
        linkRecording(evaluation);
        return evaluation.view();
    }

    /**
     * The evaluations the caller may see, newest first: their own drafts, and the submitted ones of
     * their calls as agent or of calls in their EVALUATE_CALL scope. Calibration evaluations never
     * appear: they count in no agent's scores.
     */
    public Page<EvaluationSummary> list(EvaluationFilter filter, PageRequest page) {
        Conditions where = new Conditions().add("e.calibration = FALSE")
                .addIf(filter.agentId(), "e.agent.id = :agent", "agent")
                .addIf(filter.evaluatorId(), "e.evaluator.id = :evaluator", "evaluator")
                .addIf(filter.everyState() ? null : filter.states(), "e.state IN :states", "states")
                .addIf(filter.callId(), "e.callId = :call", "call");
        // Seen through the call's agent and queue that the evaluation keeps, not by joining every evaluation to its call.
        VisibleScope scope = access.visibleScope(Action.EVALUATE_CALL);
        String submitted = "e.state <> org.earshot.evaluation.EvaluationState.DRAFT" + (scope.everything() ? ""
                : " AND (e.agent.id = :me OR " + CallScope.reaches(where, scope, "e.callAgentId", "e.callQueueId") + ")");
        where.add("(e.evaluator.id = :me OR (" + submitted + "))").with("me", caller().getId());
        String from = " FROM Evaluation e" + where.where();
        // The page's ids, then their evaluations: the index in the list's order holds every column the conditions read (V25),
        // so the ids and the count (COUNT(*), not COUNT(e)) come from it alone, where selecting the evaluations themselves
        // would read the row of every evaluation passed over, all 100 000 for a caller who sees none.
        // The list has no time window: all 100 000 evaluations are counted up to a cap.
        Page<Long> ids = Paging.page(where.bind(em.createQuery("SELECT e.id" + from + NEWEST_FIRST, Long.class)),
                count -> where.bind(em.createQuery(count, Object.class)), from, true, page);
        List<Evaluation> found = ids.items().isEmpty() ? List.of()
                : em.createQuery("SELECT e FROM Evaluation e WHERE e.id IN :ids" + NEWEST_FIRST, Evaluation.class)
                        .setParameter("ids", ids.items()).getResultList();
        return ids.withItems(found.stream().map(Evaluation::summary).toList());
    }

    /** The caller's own evaluations as the evaluated agent, newest first (submitted ones: drafts are their evaluators'). */
    public Page<EvaluationSummary> listOwn(PageRequest page) {
        return list(new EvaluationFilter(caller().getId(), null, null, null), page);
    }

    /** The form version the evaluation is made with, to whoever may see the evaluation (kept even once the form is retired). */
    public Form form(long id) {
        return readable(id).form();
    }

    /**
     * The published scorecards the caller could evaluate this recorded call with: none when they may not
     * evaluate it (no EVALUATE_CALL on the call, their own call, a call that reached no agent). A page
     * asks before offering to start; starting decides again, and audits a refusal.
     */
    public List<FormOption> formsFor(UUID recordingId) {
        Recording recording = recordingId == null ? null : em.find(Recording.class, recordingId);
        if (recording == null || recording.getDeletedAt() != null) {
            return List.of();
        }
        CallRecord call = findCall(recording.getCallId()).orElse(null);
        if (!mayEvaluate(call, caller())) {
            return List.of();
        }
        return new FormChoice(em).fitting(call, call.getAgent()).stream().map(FormOption::of).toList();
    }

    /** Replaces a draft's answers (only its evaluator); answers that do not fit the form are field errors, nothing saved. */
    public EvaluationView saveAnswers(long id, Map<String, Answer> answers) {
        return step(id, EvaluationAuditAction.EVALUATION_ANSWERS_SAVE, e -> {
            requireEvaluator(e);
            ScoreReport score = e.saveAnswers(answers);
            return "answers saved (" + answers.size() + "), score " + score.total() + (score.autoFailed() ? " (auto-failed)" : "");
        });
    }

    public CommentView comment(long id, String text, Long offsetMillis, String questionKey) {
        Evaluation evaluation = locked(id);
        EvaluationComment comment = evaluation.comment(text, offsetMillis, questionKey, caller().getUsername(), Instant.now());
        em.flush();
        audit.record(event(EvaluationAuditAction.EVALUATION_COMMENT_ADD, evaluation, "comment " + comment.getId() + " added"
                + (offsetMillis == null ? "" : " at " + offsetMillis + " ms") + (questionKey == null ? "" : " on " + questionKey)));
        return comment.view();
    }

    public EvaluationView removeComment(long id, long commentId) {
        return step(id, EvaluationAuditAction.EVALUATION_COMMENT_REMOVE, e -> {
            e.removeComment(commentId, caller().getUsername());
            return "comment " + commentId + " removed";
        });
    }

    /** The evaluator hands a complete draft to the agent; unanswered questions are field errors. */
    public EvaluationView submit(long id) {
        return step(id, EvaluationAuditAction.EVALUATION_SUBMIT, e -> {
            e.submit(workflowOf(e), WorkflowActor.user(caller().getId()), caller().getUsername(), Instant.now());
            notices.submitted(e);
            return "submitted with score " + e.latestRevision().map(EvaluationRevision::getTotal).orElse(null);
        });
    }

    public EvaluationView acknowledge(long id) {
        return step(id, EvaluationAuditAction.EVALUATION_ACKNOWLEDGE, e -> {
            e.acknowledge(workflowOf(e), WorkflowActor.user(caller().getId()), Instant.now());
            return "acknowledged by the agent";
        });
    }

    public EvaluationView dispute(long id, Dispute dispute) {
        return step(id, EvaluationAuditAction.EVALUATION_DISPUTE, e -> {
            e.dispute(workflowOf(e), WorkflowActor.user(caller().getId()), dispute, caller().getUsername(), Instant.now());
            notices.disputed(e, false);
            return "disputed " + (dispute.isOfWhole() ? "as a whole" : "on " + dispute.questionKeys());
        });
    }

    public EvaluationView appeal(long id, Dispute appeal) {
        return step(id, EvaluationAuditAction.EVALUATION_APPEAL, e -> {
            e.appeal(workflowOf(e), WorkflowActor.user(caller().getId()), appeal, caller().getUsername(), Instant.now());
            notices.disputed(e, true);
            return "appealed " + (appeal.isOfWhole() ? "as a whole" : "on " + appeal.questionKeys());
        });
    }

    /**
     * A reviewer settles the open dispute or appeal: upheld, or re-scored with {@code answers} as a new
     * revision (the earlier ones kept). Seeing a submitted evaluation already took EVALUATE_CALL on
     * its call, so anyone but its agent who gets this far is a reviewer in scope.
     */
    public EvaluationView resolve(long id, Resolution resolution, Map<String, Answer> answers) {
        return step(id, EvaluationAuditAction.EVALUATION_RESOLVE, e -> {
            User reviewer = caller();
            boolean inScope = !reviewer.getId().equals(e.getAgent().getId());
            e.resolve(workflowOf(e), reviewer, new WorkflowActor(reviewer.getId(), inScope), resolution, answers, Instant.now());
            notices.resolved(e, resolution);
            return "resolved: " + resolution.outcome() + (resolution.outcome() == Resolution.Outcome.RE_SCORED
                    ? ", revision " + e.latestRevision().map(EvaluationRevision::getNumber).orElse(0) + " scores "
                    + e.latestRevision().map(EvaluationRevision::getTotal).orElse(null) : "");
        });
    }

    /**
     * Compliance deletes an evaluation (a data subject's erasure, an evaluation made in error), saying
     * why: its revisions, comments and disputes go with it, and it leaves the quality aggregates in the
     * same transaction. An evaluation a sampling draw picked is kept with the draw, which never changes.
     */
    public void delete(long id, String reason) {
        access.require(Action.MANAGE_RECORDINGS, AccessTarget.organization(), null);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new EvaluationException("reason", "Say why the evaluation is deleted, in at most " + MAX_REASON + " characters");
        }
        Evaluation evaluation = em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null) {
            throw new NotFoundException("Evaluation " + id + " does not exist");
        }
        if (em.createQuery("SELECT COUNT(p) FROM SamplingPick p WHERE p.evaluation = :e", Long.class).setParameter("e", evaluation)
                .getSingleResult() > 0) {
            throw EvaluationException.conflict(null, "Evaluation " + id + " was picked by a sampling draw, which keeps it");
        }
        AuditEvent deleted = event(EvaluationAuditAction.EVALUATION_DELETE, evaluation, "deleted: " + reason.strip());
        ledger.forget(id);
        em.createQuery("DELETE FROM EvaluationRevision r WHERE r.evaluation = :e").setParameter("e", evaluation).executeUpdate();
        em.createQuery("DELETE FROM EvaluationDispute d WHERE d.evaluation = :e").setParameter("e", evaluation).executeUpdate();
        em.remove(evaluation);
        em.flush();
        audit.record(deleted);
    }

    /**
     * Moves on the evaluations whose agent let a window pass (see {@link EvaluationWorkflow#lapse}), by
     * the window their step fixed; how many moved. Each in a transaction of its own ({@link #lapse}): at scale
     * thousands fall due at once, more than one transaction may hold before the server's timeout rolls it back
     * (and all of them with it, every minute).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int lapseDue(Instant now) {
        List<Long> waiting = em.createQuery("SELECT e.id FROM Evaluation e WHERE e.calibration = FALSE AND e.state IN :states"
                        + " AND e.dueAt < :now ORDER BY e.dueAt, e.id", Long.class)
                .setParameter("states", List.of(EvaluationState.SUBMITTED, EvaluationState.RESOLVED)).setParameter("now", now)
                .getResultList();
        EvaluationService self = session.getBusinessObject(EvaluationService.class);
        int moved = 0;
        for (long id : waiting) {
            if (self.lapse(id, now)) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * Moves on one evaluation whose window passed, if it still has to; whether it did. It is locked first, so
     * that a step the agent takes meanwhile, or a second run, finds it as the other left it. Audited as done by
     * {@link EvaluationClock#ACTOR}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapse(long id, Instant now) {
        Evaluation evaluation = em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE);
        var lapse = evaluation == null ? Optional.<Lapse>empty() : evaluation.lapse(workflowOf(evaluation), now);
        if (lapse.isEmpty()) {
            return false;
        }
        em.flush();
        ledger.keep(evaluation);
        audit.recordAs(EvaluationClock.ACTOR, event(EvaluationAuditAction.EVALUATION_LAPSE, evaluation, lapse.get().reason()));
        events.publish(EvaluationLifecycle.Completed.of(evaluation), lapse.get().windowClosedAt());
        return true;
    }

    /** The agent's score is final once the evaluation is: consumers (dashboards, coaching) hear of it then. */
    private void publishIfCompleted(Evaluation evaluation, EvaluationState before) {
        if (!before.isFinal() && evaluation.getState().isFinal()) {
            events.publish(EvaluationLifecycle.Completed.of(evaluation), Instant.now());
        }
    }

    private EvaluationView started(CallRecord call, UUID recordingId, MonitoringSession session, Long scorecardId, String how) {
        access.require(Action.EVALUATE_CALL, call.accessTarget(), null);
        User evaluator = caller();
        User agent = call.getAgent();
        if (agent == null) {
            throw EvaluationException.conflict(null, "Call " + call.getCallId() + " reached no agent: there is nobody to evaluate");
        }
        if (agent.getId().equals(evaluator.getId())) {
            deny(EvaluationAuditAction.EVALUATION_START, null, "an evaluator may not evaluate their own call " + call.getCallId());
        }
        ScorecardVersion form = new FormChoice(em).forCall(call, agent, scorecardId);
        Evaluation evaluation = new Evaluation(call, recordingId, session, agent, evaluator, form, Instant.now());
        int proposed = proposeFromSpeech(evaluation);
        em.persist(evaluation);
        em.flush();
        audit.record(event(EvaluationAuditAction.EVALUATION_START, evaluation, "started " + how + " of " + agent.getUsername()
                + " on version " + form.getNumber() + " of \"" + form.getScorecard().getName() + "\""
                + (proposed == 0 ? "" : ", " + proposed + " answers proposed from speech signals"))
                .with("scorecard", form.getScorecard().getId()).with("version", form.getNumber()));
        return evaluation.view();
    }

    /**
     * Fills the draft with the answers the recording's speech signals propose (the form's pre-answers),
     * for the evaluator to confirm or override; how many. A call without a recording or signals has none.
     */
    private int proposeFromSpeech(Evaluation evaluation) {
        if (evaluation.getRecordingId() == null) {
            return 0;
        }
        return evaluation.proposeFrom(speech.callsMatching(List.of(evaluation.getCallId()), SignalCriteria.none())
                .get(evaluation.getCallId()));
    }

    /** Takes a step on an evaluation the caller sees, audits it, and turns the workflow's refusal of the person into an audited 403. */
    private EvaluationView step(long id, EvaluationAuditAction action, Function<Evaluation, String> change) {
        Evaluation evaluation = locked(id);
        EvaluationState before = evaluation.getState();
        String what;
        try {
            what = change.apply(evaluation);
        } catch (StepRefusedException refused) {
            deny(action, evaluation, refused.getMessage());
            throw refused;
        }
        em.flush();
        ledger.keep(evaluation);
        audit.record(event(action, evaluation, what));
        publishIfCompleted(evaluation, before);
        return evaluation.view();
    }

    /** The workflow with the windows of the evaluation's queue (or the organization default) as they are now, for the step taken now. */
    private EvaluationWorkflow workflowOf(Evaluation evaluation) {
        return policies.workflowFor(evaluation.getCallId());
    }

    private Evaluation locked(long id) {
        Evaluation evaluation = visible(id);
        em.lock(evaluation, LockModeType.PESSIMISTIC_WRITE);
        return evaluation;
    }

    /** The evaluation if the caller may take a step on it ({@link #visible(long, boolean)}), those who only read it aside. */
    private Evaluation visible(long id) {
        return visible(id, false);
    }

    /**
     * The evaluation if the caller may read it: as {@link #visible(long)}, and moreover a submitted one to
     * whoever coaches its agent, and to a dashboard viewer whose grant reaches its call (a manager drilling
     * down from the quality dashboard); neither takes a step: steps ask {@link #visible(long)}.
     */
    private Evaluation readable(long id) {
        return visible(id, true);
    }

    /**
     * The evaluation if the caller may see it: a draft only its evaluator; then its agent, whoever has
     * EVALUATE_CALL on its call and, for reading only, whoever has COACH_AGENT on its agent or
     * VIEW_DASHBOARD reaching its call. Otherwise "not found", the refusal audited with its reason.
     */
    private Evaluation visible(long id, boolean toRead) {
        Evaluation evaluation = em.find(Evaluation.class, id);
        User caller = caller();
        String refusal = null;
        if (evaluation == null) {
            refusal = "no such evaluation";
        } else if (evaluation.getEvaluator().getId().equals(caller.getId())) {
            refusal = access.decide(caller.getUsername(), Action.EVALUATE_CALL, callOf(evaluation.getCallId()).accessTarget(), null)
                    .allowed() ? null : "the call is no longer in the evaluator's scope";
        } else if (evaluation.getState() == EvaluationState.DRAFT) {
            refusal = "a draft is seen only by its evaluator";
        } else if (!evaluation.getAgent().getId().equals(caller.getId())) {
            AccessTarget call = callOf(evaluation.getCallId()).accessTarget();
            var decision = access.decide(caller.getUsername(), Action.EVALUATE_CALL, call, null);
            boolean reader = !decision.allowed() && toRead && (access.reaches(Action.VIEW_DASHBOARD, call)
                    || access.decide(caller.getUsername(), Action.COACH_AGENT, access.agentTarget(evaluation.getAgent()), null).allowed());
            refusal = decision.allowed() || reader ? null : decision.reason();
        }
        if (refusal != null) {
            audit.recordIndependently(AuditEvent.of(EvaluationAuditAction.EVALUATION_VIEW, "Evaluation", id, "refused: " + refusal)
                    .withOutcome(AuditOutcome.DENIED));
            throw new NotFoundException("Evaluation " + id + " does not exist");
        }
        return evaluation;
    }

    private void requireEvaluator(Evaluation evaluation) {
        if (!evaluation.getEvaluator().getId().equals(caller().getId())) {
            throw new StepRefusedException("Only the evaluator may edit the evaluation");
        }
    }

    /** Whether the user may start an evaluation of the call: it reached another agent than them, and it is in their EVALUATE_CALL scope. */
    private boolean mayEvaluate(CallRecord call, User user) {
        return call != null && call.getAgent() != null && !call.getAgent().getId().equals(user.getId())
                && access.decide(user.getUsername(), Action.EVALUATE_CALL, call.accessTarget(), null).allowed();
    }

    /** The caller's own draft of the recording (calibration sheets aside), the oldest when there are several. */
    private Optional<Evaluation> ownDraftOf(Recording recording) {
        return em.createQuery("SELECT e FROM Evaluation e WHERE e.recordingId = :recording AND e.evaluator = :me AND e.state = :draft"
                        + " AND e.calibration = FALSE ORDER BY e.id", Evaluation.class)
                .setParameter("recording", recording.getId()).setParameter("me", caller()).setParameter("draft", EvaluationState.DRAFT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Evaluation> madeFrom(MonitoringSession session) {
        return em.createQuery("SELECT e FROM Evaluation e WHERE e.monitoringSession = :session", Evaluation.class)
                .setParameter("session", session).getResultStream().findFirst();
    }

    /** An evaluation refused on a monitoring session, audited on its own on the session, with its call and agent. */
    private void auditRefusal(MonitoringSession session, String reason) {
        audit.recordIndependently(AuditEvent.of(EvaluationAuditAction.EVALUATION_START, "MonitoringSession", session.getId(),
                        "refused: " + reason).withOutcome(AuditOutcome.DENIED)
                .with(AuditDetails.CALL, session.getCallId()).with(AuditDetails.AGENT, session.getAgentUsername()));
    }

    /** Audits the refusal on its own (the request's work is rolled back) and refuses as the access layer does. */
    private void deny(EvaluationAuditAction action, Evaluation evaluation, String reason) {
        AuditEvent event = evaluation == null ? AuditEvent.of(action, "Evaluation", null, "refused: " + reason)
                : event(action, evaluation, "refused: " + reason);
        audit.recordIndependently(event.withOutcome(AuditOutcome.DENIED));
        throw new AccessDeniedException(reason);
    }

    private static AuditEvent event(EvaluationAuditAction action, Evaluation evaluation, String what) {
        return AuditEvent.of(action, "Evaluation", evaluation.getId(), what).with("call", evaluation.getCallId())
                .with("state", evaluation.getState());
    }

    private void linkRecording(Evaluation evaluation) {
        if (evaluation.getRecordingId() == null) {
            UUID recording = recordingIdOf(evaluation.getCallId());
            if (recording != null) {
                evaluation.linkRecording(recording);
            }
        }
    }

    private UUID recordingIdOf(String callId) {
        return em.createQuery("SELECT r.id FROM Recording r WHERE r.callId = :call AND r.deletedAt IS NULL ORDER BY r.startedAt", UUID.class)
                .setParameter("call", callId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private CallRecord callOf(String callId) {
        return QualityLookups.call(em, callId);
    }

    private Optional<CallRecord> findCall(String callId) {
        return QualityLookups.findCall(em, callId);
    }

    private User caller() {
        return QualityLookups.caller(em, access);
    }
}
