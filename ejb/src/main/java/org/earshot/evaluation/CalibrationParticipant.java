package org.earshot.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earshot.organization.User;
import org.earshot.rules.FieldViolation;

/**
 * One evaluator's sheet in a calibration session, or the reference's: the answers being filled in and,
 * once submitted, final, with the total {@link FormScoring} gave them. Kept apart from {@link Evaluation}
 * so that nothing that lists or counts an agent's evaluations ever sees it.
 */
@Entity
@Table(name = "calibration_participant")
public class CalibrationParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CalibrationSession session;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "evaluator_user_id", nullable = false, updatable = false)
    private User evaluator;

    @Column(nullable = false, updatable = false)
    private boolean reference;

    @Column(nullable = false, length = ScorecardVersion.DEFINITION_LENGTH)
    private String answers = "{}";

    @Column(precision = 5, scale = 2)
    private BigDecimal total;

    @Column(name = "auto_failed", nullable = false)
    private boolean autoFailed;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected CalibrationParticipant() {
    }

    CalibrationParticipant(CalibrationSession session, User evaluator, boolean reference) {
        this.session = session;
        this.evaluator = evaluator;
        this.reference = reference;
    }

    /** Replaces the sheet's answers, once every one fits the form; the score of the result. */
    ScoreReport saveAnswers(Form form, Map<String, Answer> newAnswers) {
        requireOpenSheet();
        List<FieldViolation> problems = AnswerCheck.problems(form, newAnswers);
        if (!problems.isEmpty()) {
            throw new EvaluationException(problems);
        }
        this.answers = AnswersJson.write(newAnswers);
        return FormScoring.score(form, newAnswers);
    }

    /**
     * Makes the sheet final. Like an evaluation's submission it answers every shown scored question; a
     * sheet with nothing to score (everything N/A) has no total to compare and is refused.
     */
    ScoreReport submit(Form form, Instant now) {
        requireOpenSheet();
        ScoreReport score = FormScoring.score(form, answers());
        if (!score.isComplete()) {
            throw new EvaluationException(score.missing().stream()
                    .map(key -> new FieldViolation("answers/" + key, "Answer this question (or N/A where allowed)")).toList());
        }
        if (score.total() == null) {
            throw new EvaluationException("answers", "Nothing to score: every scored question is N/A or hidden");
        }
        this.total = score.total();
        this.autoFailed = score.autoFailed();
        this.submittedAt = now;
        return score;
    }

    public Map<String, Answer> answers() {
        return AnswersJson.read(answers);
    }

    /**
     * The sheet as the report reads it: per scored question shown, the answer as a category (a value,
     * or "N/A"); hidden and unanswered questions absent.
     */
    CalibrationSheet sheet(Form form) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (QuestionScore question : FormScoring.score(form, answers()).questions()) {
            switch (question.outcome()) {
                case HIDDEN, UNANSWERED, UNSCORED -> { }
                default -> categories.put(question.key(), question.answer().toString());
            }
        }
        return new CalibrationSheet(evaluator.getId(), isSubmitted(), categories, total == null ? 0 : total.doubleValue());
    }

    private void requireOpenSheet() {
        if (session.getState() != CalibrationState.OPEN) {
            throw EvaluationException.conflict(null, "The calibration session is closed: its sheets are final");
        }
        if (isSubmitted()) {
            throw EvaluationException.conflict(null, "The sheet was submitted at " + submittedAt + ": it is final");
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public User getEvaluator() {
        return evaluator;
    }

    public boolean isReference() {
        return reference;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public boolean isAutoFailed() {
        return autoFailed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
