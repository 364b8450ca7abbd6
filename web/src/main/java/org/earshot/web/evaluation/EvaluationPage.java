package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.CommentView;
import org.earshot.evaluation.Dispute;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.evaluation.EvaluationView;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormScoring;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionOutcome;
import org.earshot.evaluation.QuestionScore;
import org.earshot.evaluation.Resolution;
import org.earshot.evaluation.RevisionView;
import org.earshot.evaluation.ScoreReport;
import org.earshot.evaluation.StartedEvaluation;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingView;
import org.earshot.web.faces.Formats;
import org.earshot.web.faces.ServiceCall;
import org.earshot.web.recording.PlayerMarkers;

/**
 * One evaluation beside its call's recording: the form with its answers, the score's explanation,
 * comments pinned to the player's time, the revisions, and the step the user may take now: the
 * evaluator saves and submits a draft; the agent acknowledges, disputes or appeals; a reviewer upholds
 * or re-scores. Every step is {@link EvaluationService}'s to allow or refuse (a refusal is shown on its
 * input or in the growl); the page only offers the steps of the evaluation's state to the party it waits for.
 */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "evaluation";
    static final String COMMENTS_ID = "comments";
    private static final Set<EvaluationState> UNDER_REVIEW = EnumSet.of(EvaluationState.DISPUTED, EvaluationState.APPEALED);

    /** Where a page goes once it has started an evaluation, or found the one already there: to this page, on it. */
    public static String opening(StartedEvaluation started) {
        return "/app/quality/evaluation?faces-redirect=true&id=" + started.evaluation().summary().id();
    }

    @EJB
    private EvaluationService evaluations;

    @EJB
    private RecordingQueries recordings;

    @Inject
    private ExternalContext external;

    @Inject
    private Formats formats;

    private Long id;
    private EvaluationView view;
    private Form form;
    private RecordingView recording;
    private RecordingAvailability availability = RecordingAvailability.NONE;
    /** Whether the page was drawn with the player: the player starts with the page, so one that became playable since waits for a reload. */
    private boolean playerShown;
    private List<RecordingMarkerView> markers = List.of();
    private final Map<String, String> answers = new HashMap<>();
    private ScoreReport report;
    private Integer revisionShown;

    private String commentText;
    private String commentQuestion;
    private boolean pinComment = true;
    private Long commentOffset;

    private String reason;
    private List<String> disputedQuestions = new ArrayList<>();
    private String note;

    /**
     * Runs once the id parameter is set. An evaluation the service refuses is not shown (the page says
     * there is none); its recording, when the user may not play it, is left out with the refusal in the growl.
     */
    public void load() {
        if (id == null) {
            return;
        }
        view = ServiceCall.query(null, () -> evaluations.get(id)).orElse(null);
        if (view == null) {
            return;
        }
        form = evaluations.form(id);
        shown(view);
        findRecording();
        playerShown = availability == RecordingAvailability.PLAYABLE;
        if (playerShown) {
            markers = PlayerMarkers.of(recordings, recording.id());
        }
    }

    /**
     * Asks again, while the page waits for the call to end, whether its recording exists and is finished
     * (reading the evaluation links a recording made since); the answers being given are left as they are.
     */
    public void checkRecording() {
        ServiceCall.query(null, () -> evaluations.get(id)).ifPresent(fresh -> {
            view = fresh;
            findRecording();
        });
    }

    private void findRecording() {
        UUID recordingId = view.summary().recordingId();
        recording = recordingId == null ? null : ServiceCall.query(null, () -> recordings.get(recordingId)).orElse(null);
        boolean callUnderWay = ServiceCall.query(null, () -> evaluations.isCallUnderWay(id)).orElse(false);
        availability = RecordingAvailability.of(callUnderWay, recording == null ? null : recording.status());
    }

    /** The recording became playable after the page was drawn: the page says so, and a reload shows the player. */
    public boolean isRecordingReadySinceShown() {
        return availability == RecordingAvailability.PLAYABLE && !playerShown;
    }

    /**
     * Scores the answers as they are being given, so that conditional questions appear and the
     * explanation follows; the same {@link FormScoring} the service scores with on saving, nothing saved.
     */
    public void rescore() {
        report = FormScoring.score(form, given());
    }

    public boolean save() {
        return step(FORM_ID, () -> {
            view = evaluations.saveAnswers(id, given());
            return "Draft saved";
        });
    }

    public void submit() {
        if (save()) {
            step(FORM_ID, () -> {
                view = evaluations.submit(id);
                return "Evaluation submitted with score " + view.summary().total();
            });
        }
    }

    /** A comment, pinned to the player's time when asked (the page's script gives it) and, optionally, to a question. */
    public void addComment() {
        Long offset = pinComment && playerShown ? commentOffset : null;
        String question = commentQuestion == null || commentQuestion.isBlank() ? null : commentQuestion;
        if (commented(() -> {
            evaluations.comment(id, commentText, offset, question);
            view = evaluations.get(id);
            return "Comment added";
        })) {
            commentText = null;
            commentQuestion = null;
        }
    }

    public void removeComment(long commentId) {
        commented(() -> {
            view = evaluations.removeComment(id, commentId);
            return "Comment removed";
        });
    }

    public void acknowledge() {
        step(FORM_ID, () -> {
            view = evaluations.acknowledge(id);
            return "Evaluation acknowledged";
        });
    }

    public void dispute() {
        step(FORM_ID, () -> {
            view = evaluations.dispute(id, objection());
            return "Evaluation disputed";
        });
    }

    public void appeal() {
        step(FORM_ID, () -> {
            view = evaluations.appeal(id, objection());
            return "Resolution appealed";
        });
    }

    public void uphold() {
        step(FORM_ID, () -> {
            view = evaluations.resolve(id, new Resolution(Resolution.Outcome.UPHELD, note), null);
            return "Evaluation upheld";
        });
    }

    public void reScore() {
        step(FORM_ID, () -> {
            view = evaluations.resolve(id, new Resolution(Resolution.Outcome.RE_SCORED, note), given());
            return "Re-scored: revision " + view.revisions().size() + " scores " + view.summary().total();
        });
    }

    public void showCurrent() {
        showRevision(null);
    }

    /** Shows an earlier revision's answers and score (read-only); null goes back to the current one. */
    public void showRevision(Integer number) {
        revisionShown = number;
        Map<String, Answer> shownAnswers = revision().map(RevisionView::answers).orElse(view.answers());
        answers.clear();
        answers.putAll(AnswerOptions.texts(shownAnswers));
        report = FormScoring.score(form, shownAnswers);
    }

    /** The evaluator fills a draft in; a reviewer re-scores from the current answers. */
    public boolean isAnswerable() {
        return revisionShown == null && (isDraft() || isReviewable());
    }

    public boolean isDraft() {
        return view.summary().state() == EvaluationState.DRAFT;
    }

    /** An open dispute or appeal, for anyone but the agent (the service refuses the evaluator, and the page shows why). */
    public boolean isReviewable() {
        return UNDER_REVIEW.contains(view.summary().state()) && !isAgent();
    }

    public boolean isAgent() {
        return view.summary().agent().equals(external.getRemoteUser());
    }

    /** The agent acknowledges or disputes a submission. */
    public boolean isDisputable() {
        return isAgent() && view.summary().state() == EvaluationState.SUBMITTED;
    }

    /** The agent accepts a resolution or appeals it. */
    public boolean isAppealable() {
        return isAgent() && view.summary().state() == EvaluationState.RESOLVED;
    }

    public boolean isHidden(Question question) {
        QuestionScore score = scoreOf(question);
        return score != null && score.outcome() == QuestionOutcome.HIDDEN;
    }

    public QuestionScore scoreOf(Question question) {
        return report == null ? null : report.questions().stream().filter(s -> s.key().equals(question.key())).findFirst().orElse(null);
    }

    /** The comments on one question of the form. */
    public List<CommentView> commentsOn(Question question) {
        return view.comments().stream().filter(c -> question.key().equals(c.questionKey())).toList();
    }

    /** Where a pinned comment is on the recording's timeline, as the player shows time. */
    public String at(CommentView comment) {
        return comment.offsetMillis() == null ? "" : formats.duration(Duration.ofMillis(comment.offsetMillis()));
    }

    public boolean isMine(CommentView comment) {
        return comment.author().equals(external.getRemoteUser());
    }

    public List<Question> getQuestions() {
        return form.questions();
    }

    private Map<String, Answer> given() {
        return AnswerOptions.answers(form.questions(), answers);
    }

    private Dispute objection() {
        return new Dispute(reason, Set.copyOf(disputedQuestions));
    }

    private Optional<RevisionView> revision() {
        return view.revisions().stream().filter(r -> revisionShown != null && r.number() == revisionShown).findFirst();
    }

    /**
     * Takes a step and shows the evaluation as it left it; its field errors go onto the inputs, an
     * evaluation's answers onto their questions.
     */
    private boolean step(String formId, Supplier<String> change) {
        boolean done = ServiceCall.change(formId, FieldPaths.onInputs(formId, FieldPaths.answersOf(form), change));
        if (done) {
            shown(view);
        }
        return done;
    }

    /** Adds or removes a comment, leaving the answers being given as they are. */
    private boolean commented(Supplier<String> change) {
        return ServiceCall.change(COMMENTS_ID, FieldPaths.onInputs(COMMENTS_ID, change));
    }

    private void shown(EvaluationView shown) {
        revisionShown = null;
        answers.clear();
        answers.putAll(AnswerOptions.texts(shown.answers()));
        report = shown.score();
        reason = null;
        note = null;
        disputedQuestions = new ArrayList<>();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EvaluationView getView() {
        return view;
    }

    public EvaluationSummary getSummary() {
        return view.summary();
    }

    public Form getForm() {
        return form;
    }

    public RecordingView getRecording() {
        return recording;
    }

    public RecordingAvailability getAvailability() {
        return availability;
    }

    public boolean isPlayerShown() {
        return playerShown;
    }

    public List<RecordingMarkerView> getMarkers() {
        return markers;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public ScoreReport getReport() {
        return report;
    }

    public Integer getRevisionShown() {
        return revisionShown;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getCommentQuestion() {
        return commentQuestion;
    }

    public void setCommentQuestion(String commentQuestion) {
        this.commentQuestion = commentQuestion;
    }

    public boolean isPinComment() {
        return pinComment;
    }

    public void setPinComment(boolean pinComment) {
        this.pinComment = pinComment;
    }

    public Long getCommentOffset() {
        return commentOffset;
    }

    public void setCommentOffset(Long commentOffset) {
        this.commentOffset = commentOffset;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<String> getDisputedQuestions() {
        return disputedQuestions;
    }

    public void setDisputedQuestions(List<String> disputedQuestions) {
        this.disputedQuestions = disputedQuestions;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
