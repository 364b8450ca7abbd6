package org.earshot.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.calls.CallRecord;
import org.earshot.evaluation.WorkflowDecision.Allowed;
import org.earshot.evaluation.WorkflowDecision.Refused;
import org.earshot.monitoring.MonitoringSession;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.recording.SpeechSignals;
import org.earshot.rules.FieldViolation;

/**
 * An evaluation of one call's agent by an evaluator, with the scorecard version it was made with
 * (kept forever). While a draft it holds the answers being filled in; each submission or re-score
 * adds an immutable revision scored by {@link FormScoring} (the only scoring: a client's number is
 * never taken). Whether a step may be taken is {@link EvaluationWorkflow}'s decision; the entity
 * applies it and keeps the comments and disputes.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    /** Set when the evaluation starts on a recorded call, or later, once a live call's recording exists. */
    @Column(name = "recording_id")
    private UUID recordingId;

    /**
     * The agent and queue of the call, through which the evaluation is seen as its call is: the list of
     * evaluations reads them here instead of joining every evaluation to its call (see
     * {@link org.earshot.calls.CallScope#reaches}). The queue is the call's for good; the agent follows the
     * call when it is handed to another ({@link EvaluationsFollowCalls}, which alone writes it after the
     * evaluation is made). The agent evaluated is {@link #agent}, whoever has the call later.
     */
    @Column(name = "call_agent_user_id", updatable = false)
    private Long callAgentId;

    @Column(name = "call_queue_id", updatable = false)
    private Long callQueueId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "monitoring_session_id", updatable = false)
    private MonitoringSession monitoringSession;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agent_user_id", nullable = false, updatable = false)
    private User agent;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    // Updatable: a lead reassigns an assigned draft to another evaluator (reassignTo).
    @JoinColumn(name = "evaluator_user_id", nullable = false)
    private User evaluator;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    private ScorecardVersion scorecardVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationState state = EvaluationState.DRAFT;

    /** Reserved for calibration sessions: such an evaluation never enters the workflow nor counts in an agent's scores. */
    @Column(nullable = false, updatable = false)
    private boolean calibration;

    @Column(name = "draft_answers", nullable = false, length = ScorecardVersion.DEFINITION_LENGTH)
    private String draftAnswers = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "assigned_at", updatable = false)
    private Instant assignedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "disputed_at")
    private Instant disputedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "reviewer_user_id")
    private User reviewer;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the window of the party it waits for closes, fixed by the step that opened it: a policy changed later moves no clock. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** Whether the resolution of its dispute may be appealed, fixed by the policy when the agent disputed; null before. */
    @Column(name = "appeal_allowed")
    private Boolean appealAllowed;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<EvaluationRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<EvaluationComment> comments = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.PERSIST)
    @OrderBy("tier")
    private List<EvaluationDispute> disputes = new ArrayList<>();

    @Version
    private long version;

    protected Evaluation() {
    }

    /** A draft by the evaluator of the call's agent, on the given form version. */
    public Evaluation(CallRecord call, UUID recordingId, MonitoringSession session, User agent, User evaluator, ScorecardVersion form,
                      Instant at) {
        this.callId = call.getCallId();
        this.callAgentId = call.getAgent() == null ? null : call.getAgent().getId();
        this.callQueueId = call.getQueue() == null ? null : call.getQueue().getId();
        this.recordingId = recordingId;
        this.monitoringSession = session;
        this.agent = agent;
        this.evaluator = evaluator;
        this.scorecardVersion = form;
        this.createdAt = at;
    }

    /**
     * A draft a sampling draw assigned to the evaluator: due when the workflow's submit window closes,
     * counted from the assignment.
     */
    public static Evaluation assigned(CallRecord call, UUID recordingId, User agent, User evaluator, ScorecardVersion form,
                                      EvaluationWorkflow workflow, Instant at) {
        Evaluation evaluation = new Evaluation(call, recordingId, null, agent, evaluator, form, at);
        evaluation.assignedAt = at;
        evaluation.dueAt = workflow.assignmentDue(at);
        return evaluation;
    }

    /**
     * Hands an assigned draft to another evaluator, answers and due date as they are: the sample's
     * deadline does not move with the person. Only drafts that a draw assigned are reassigned; a draft
     * an evaluator started on their own is theirs.
     */
    public void reassignTo(User newEvaluator) {
        if (state != EvaluationState.DRAFT || assignedAt == null) {
            throw EvaluationException.conflict(null, "Only an assigned evaluation still in draft can be reassigned; this one is "
                    + (state != EvaluationState.DRAFT ? state : "a draft its evaluator started"));
        }
        if (newEvaluator.getId().equals(agent.getId())) {
            throw new EvaluationException("evaluatorId", "An evaluator may not evaluate their own call");
        }
        if (newEvaluator.getId().equals(evaluator.getId())) {
            throw new EvaluationException("evaluatorId", "The evaluation is already assigned to " + newEvaluator.getUsername());
        }
        this.evaluator = newEvaluator;
    }

    /**
     * Starts the draft with the answers the form proposes from the recording's speech signals, for the
     * evaluator to confirm or override; how many. Without signals nothing is proposed.
     */
    public int proposeFrom(SpeechSignals signals) {
        Map<String, Answer> proposed = signals == null ? Map.of() : form().proposedAnswers(signals.bySignal());
        if (!proposed.isEmpty()) {
            saveAnswers(proposed);
        }
        return proposed.size();
    }

    public Form form() {
        return scorecardVersion.form();
    }

    /** The draft's answers replaced by these, once every one fits the form; the score of the result. */
    public ScoreReport saveAnswers(Map<String, Answer> answers) {
        if (state != EvaluationState.DRAFT) {
            throw EvaluationException.conflict(null, "An evaluation in " + state + " cannot be edited: a reviewer re-scores it");
        }
        Form form = form();
        requireFitting(form, answers);
        this.draftAnswers = AnswersJson.write(answers);
        return FormScoring.score(form, answers);
    }

    /** The answers shown now: the newest revision's, or the draft's before the submission. */
    public Map<String, Answer> answers() {
        return latestRevision().map(EvaluationRevision::answers).orElseGet(() -> AnswersJson.read(draftAnswers));
    }

    public ScoreReport score() {
        return FormScoring.score(form(), answers());
    }

    /** The evaluator hands a complete draft to the agent: revision 1. */
    public void submit(EvaluationWorkflow workflow, WorkflowActor actor, String by, Instant now) {
        Allowed allowed = allowed(workflow.submit(facts(), actor, now));
        Map<String, Answer> answers = AnswersJson.read(draftAnswers);
        ScoreReport score = completeScore(form(), answers);
        revisions.add(new EvaluationRevision(this, 1, answers, score, by, now));
        this.submittedAt = now;
        moveTo(allowed, now);
    }

    public void acknowledge(EvaluationWorkflow workflow, WorkflowActor actor, Instant now) {
        moveTo(allowed(workflow.acknowledge(facts(), actor, now)), now);
    }

    public void dispute(EvaluationWorkflow workflow, WorkflowActor actor, Dispute dispute, String by, Instant now) {
        Allowed allowed = allowed(workflow.dispute(facts(), actor, dispute, now));
        disputes.add(new EvaluationDispute(this, EvaluationDispute.DISPUTE, dispute, by, now));
        this.disputedAt = now;
        moveTo(allowed, now);
    }

    public void appeal(EvaluationWorkflow workflow, WorkflowActor actor, Dispute appeal, String by, Instant now) {
        Allowed allowed = allowed(workflow.appeal(facts(), actor, appeal, now));
        disputes.add(new EvaluationDispute(this, EvaluationDispute.APPEAL, appeal, by, now));
        this.appealedAt = now;
        moveTo(allowed, now);
    }

    /**
     * A reviewer settles the open dispute or appeal. A re-score takes the reviewer's answers (which
     * must fit and be complete) as a new revision; an upheld evaluation keeps its revision.
     */
    public void resolve(EvaluationWorkflow workflow, User reviewerUser, WorkflowActor actor, Resolution resolution,
                        Map<String, Answer> reScored, Instant now) {
        Allowed allowed = allowed(workflow.resolve(facts(), actor, resolution, now));
        if (resolution.outcome() == Resolution.Outcome.RE_SCORED) {
            Form form = form();
            if (reScored == null || reScored.isEmpty()) {
                throw new EvaluationException("answers", "A re-score gives the answers it scores");
            }
            requireFitting(form, reScored);
            ScoreReport score = completeScore(form, reScored);
            revisions.add(new EvaluationRevision(this, revisions.size() + 1, reScored, score, reviewerUser.getUsername(), now));
        }
        openDispute().resolve(resolution, reviewerUser.getUsername(), now);
        if (state == EvaluationState.DISPUTED) {
            this.reviewer = reviewerUser;
        }
        this.resolvedAt = now;
        moveTo(allowed, now);
    }

    /** What the passing of the agent's window did, if it has passed: the evaluation is moved on by default. */
    public Optional<Lapse> lapse(EvaluationWorkflow workflow, Instant now) {
        Optional<Lapse> lapse = workflow.lapse(facts(), now);
        lapse.ifPresent(l -> moveTo(new Allowed(l.next(), null), l.windowClosedAt()));
        return lapse;
    }

    public EvaluationComment comment(String text, Long offsetMillis, String questionKey, String by, Instant now) {
        if (text == null || text.isBlank()) {
            throw new EvaluationException("text", "Write the comment");
        }
        if (text.strip().length() > EvaluationComment.TEXT_LENGTH) {
            throw new EvaluationException("text", "At most " + EvaluationComment.TEXT_LENGTH + " characters");
        }
        if (offsetMillis != null && offsetMillis < 0) {
            throw new EvaluationException("offsetMillis", "A moment of the recording: zero or more milliseconds from its start");
        }
        if (questionKey != null && form().question(questionKey).isEmpty()) {
            throw new EvaluationException("questionKey", "The evaluation's form has no question \"" + questionKey + "\"");
        }
        EvaluationComment comment = new EvaluationComment(this, text, offsetMillis, questionKey, by, now);
        comments.add(comment);
        return comment;
    }

    /** Removes a comment; only its author may. */
    public EvaluationComment removeComment(long commentId, String by) {
        EvaluationComment comment = comments.stream().filter(c -> c.getId() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Evaluation " + id + " has no comment " + commentId));
        if (!comment.getAuthor().equals(by)) {
            throw new StepRefusedException("Only the author of a comment may remove it");
        }
        comments.remove(comment);
        return comment;
    }

    /** Links the recording of the call, once it exists (an evaluation started while listening live). */
    public void linkRecording(UUID recording) {
        if (recordingId == null) {
            this.recordingId = recording;
        }
    }

    public EvaluationFacts facts() {
        return new EvaluationFacts(state, evaluator.getId(), agent.getId(), calibration,
                form().questions().stream().map(Question::key).collect(Collectors.toSet()), assignedAt, submittedAt, disputedAt,
                reviewer == null ? null : reviewer.getId(), resolvedAt, appealedAt, dueAt, Boolean.TRUE.equals(appealAllowed));
    }

    /**
     * What the evaluation counts for in the quality aggregates now (its current revision, its disputes),
     * keyed by the day it was submitted (UTC), its agent and their team, the call's queue (0: none) and
     * the scorecard; nothing while a draft, and never for a calibration evaluation.
     */
    Optional<QualityFact> qualityFact(long queueId) {
        if (state == EvaluationState.DRAFT || calibration) {
            return Optional.empty();
        }
        EvaluationRevision revision = latestRevision().orElseThrow();
        Map<String, QualityFact.QuestionTally> questions = new TreeMap<>();
        for (QuestionScore question : FormScoring.score(form(), revision.answers()).questions()) {
            QualityFact.QuestionTally tally = QualityFact.QuestionTally.of(question);
            if (tally != null) {
                questions.put(question.key(), tally);
            }
        }
        long upheld = disputes.stream().filter(d -> d.getOutcome() == Resolution.Outcome.UPHELD).count();
        long reScored = disputes.stream().filter(d -> d.getOutcome() == Resolution.Outcome.RE_SCORED).count();
        return Optional.of(new QualityFact(id, LocalDate.ofInstant(submittedAt, ZoneOffset.UTC), agent.getId(),
                agent.getTeam() == null ? 0 : agent.getTeam().getId(), queueId, scorecardVersion.getScorecard().getId(),
                revision.getTotal(), revision.isAutoFailed(), disputes.stream().anyMatch(d -> d.getTier() == EvaluationDispute.DISPUTE),
                disputes.stream().anyMatch(d -> d.getTier() == EvaluationDispute.APPEAL), (int) upheld, (int) reScored, questions));
    }

    public Optional<EvaluationRevision> latestRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public EvaluationSummary summary() {
        return new EvaluationSummary(id, callId, recordingId, monitoringSession == null ? null : monitoringSession.getId(),
                agent.getId(), agent.getUsername(), evaluator.getId(), evaluator.getUsername(), scorecardVersion.getScorecard().getId(),
                scorecardVersion.getNumber(), state, calibration, latestRevision().map(EvaluationRevision::getTotal).orElse(null),
                createdAt, submittedAt, acknowledgedAt, closedAt, dueAt, appealAllowed);
    }

    public EvaluationView view() {
        return new EvaluationView(summary(), answers(), score(), revisions.stream().map(EvaluationRevision::view).toList(),
                comments.stream().map(EvaluationComment::view).toList(), disputes.stream().map(EvaluationDispute::view).toList());
    }

    private EvaluationDispute openDispute() {
        return disputes.stream().filter(EvaluationDispute::isOpen).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Evaluation " + id + " is " + state + " without an open dispute"));
    }

    private void moveTo(Allowed allowed, Instant at) {
        this.state = allowed.next();
        this.dueAt = allowed.dueAt();
        if (allowed.appealAllowed() != null) {
            this.appealAllowed = allowed.appealAllowed();
        }
        if (state == EvaluationState.ACKNOWLEDGED) {
            this.acknowledgedAt = at;
        } else if (state == EvaluationState.CLOSED) {
            this.closedAt = at;
        }
    }

    private static void requireFitting(Form form, Map<String, Answer> answers) {
        List<FieldViolation> problems = AnswerCheck.problems(form, answers);
        if (!problems.isEmpty()) {
            throw new EvaluationException(problems);
        }
    }

    /** A revision answers every shown scored question (or marks it N/A where allowed). */
    private static ScoreReport completeScore(Form form, Map<String, Answer> answers) {
        ScoreReport score = FormScoring.score(form, answers);
        if (!score.isComplete()) {
            throw new EvaluationException(score.missing().stream()
                    .map(key -> new FieldViolation("answers/" + key, "Answer this question (or N/A where allowed)")).toList());
        }
        return score;
    }

    private static Allowed allowed(WorkflowDecision decision) {
        if (decision instanceof Refused refused) {
            switch (refused.refusal()) {
                case CONFLICT -> throw EvaluationException.conflict(refused.field(), refused.reason());
                case INVALID -> throw new EvaluationException(refused.field(), refused.reason());
                case NOT_PERMITTED -> throw new StepRefusedException(refused.reason());
            }
        }
        return (Allowed) decision;
    }

    public Long getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public UUID getRecordingId() {
        return recordingId;
    }

    public User getAgent() {
        return agent;
    }

    public User getEvaluator() {
        return evaluator;
    }

    public EvaluationState getState() {
        return state;
    }

    public boolean isCalibration() {
        return calibration;
    }

    public ScorecardVersion getScorecardVersion() {
        return scorecardVersion;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    /** Whether the evaluator has saved answers of their own (or the proposals) into the draft. */
    public boolean hasDraftAnswers() {
        return !AnswersJson.read(draftAnswers).isEmpty();
    }
}
