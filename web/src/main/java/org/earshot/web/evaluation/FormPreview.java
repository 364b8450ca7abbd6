package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionOutcome;
import org.earshot.evaluation.QuestionScore;
import org.earshot.evaluation.ScoreReport;
import org.earshot.evaluation.ScorecardService;
import org.earshot.web.faces.ServiceCall;

/**
 * The live preview beside the editor: sample answers to the saved version, scored by
 * {@link ScorecardService#preview} on every change, with the report's explanation (each question's
 * contribution and why, auto-fails). Questions the report says are hidden by their condition are
 * not offered.
 */
@Named
@ViewScoped
public class FormPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScorecardService scorecards;

    @Inject
    private FormEditorPage editor;

    private final Map<String, String> answers = new LinkedHashMap<>();
    private ScoreReport report;

    /**
     * Scores the sample answers given so far; blank ones are unanswered. Answers kept from another
     * version, to questions this one lacks, are left out.
     */
    public void score() {
        Map<String, Answer> given = AnswerOptions.answers(getQuestions(), answers);
        report = ServiceCall.query("preview", () -> scorecards.preview(editor.getId(), editor.getVersion().number(), given, Map.of())
                .score()).orElse(report);
    }

    public void clear() {
        answers.clear();
        report = null;
    }

    public List<Question> getQuestions() {
        return editor.getSaved() == null ? List.of() : editor.getSaved().questions();
    }

    /** Hidden by its condition in the last score; every question is shown before the first. */
    public boolean isHidden(Question question) {
        return outcome(question) == QuestionOutcome.HIDDEN;
    }

    public QuestionScore scoreOf(Question question) {
        return report == null ? null : report.questions().stream().filter(s -> s.key().equals(question.key())).findFirst().orElse(null);
    }

    private QuestionOutcome outcome(Question question) {
        QuestionScore score = scoreOf(question);
        return score == null ? null : score.outcome();
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public ScoreReport getReport() {
        return report;
    }
}
