package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormJson;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionOutcome;
import org.earshot.evaluation.QuestionScore;
import org.earshot.evaluation.ScoreReport;
import org.earshot.evaluation.ScorecardService;
import org.earshot.web.faces.ServiceCall;

/**
 * The live preview beside the editor: sample answers to the form as it is on the page, saved or not,
 * scored by {@link ScorecardService#previewUnsaved} whenever the form or an answer changes, with the
 * report's explanation (each question's contribution and why, auto-fails). The form is validated
 * first, as saving it would be: while it has faults they are shown on the editor's inputs and nothing
 * is previewed. Questions the report says are hidden by their condition are not offered.
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
    /** The form last scored, as it was on the page; null before the first score. */
    private Form previewed;
    private ScoreReport report;
    private boolean faulty;

    /**
     * Scores the sample answers given so far against the form on the page; blank ones are unanswered.
     * Answers kept from another version or from before an edit, which the form's questions no longer
     * take, are left out.
     */
    public void score() {
        Form edited = editor.toForm();
        Map<String, Answer> given = AnswerOptions.answersTaken(edited.questions(), answers);
        Optional<ScoreReport> scored = ServiceCall.query(FormEditorPage.FORM_ID, FieldPaths.onInputs(FormEditorPage.FORM_ID,
                () -> scorecards.previewUnsaved(FormJson.write(edited), given, Map.of()).score()));
        faulty = scored.isEmpty();
        previewed = faulty ? null : edited;
        report = scored.orElse(null);
    }

    /**
     * After the editor's inputs are validated: a value that does not even convert (a weight that is no
     * number) is a fault of the form too, and keeps the form from being previewed.
     */
    public void editorValidated() {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            faulty = true;
            previewed = null;
            report = null;
        }
    }

    public void clear() {
        answers.clear();
        report = null;
    }

    /** The questions of the form last scored (until then, of the version as saved); none while the form has faults. */
    public List<Question> getQuestions() {
        if (faulty) {
            return List.of();
        }
        Form form = previewed != null ? previewed : editor.getSaved();
        return form == null ? List.of() : form.questions();
    }

    /** The form on the page has faults, shown on the editor: there is nothing to preview until they are fixed. */
    public boolean isFaulty() {
        return faulty;
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
