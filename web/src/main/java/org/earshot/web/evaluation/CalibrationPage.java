package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.earshot.evaluation.CalibrationResult;
import org.earshot.evaluation.CalibrationService;
import org.earshot.evaluation.CalibrationSheetView;
import org.earshot.evaluation.CalibrationState;
import org.earshot.evaluation.CalibrationSummary;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionOutcome;
import org.earshot.evaluation.QuestionScore;
import org.earshot.web.faces.ServiceCall;

/**
 * One calibration session: the viewer's own sheet, scored blind (the server scores every save), and the
 * report once {@link CalibrationService} lets the viewer read it: per question spread and agreement, the
 * scores' spread, Fleiss' kappa, each sheet's deviation and lenient or strict reading, and each evaluator's
 * drift across sessions. The lead closes the session early here.
 */
@Named
@ViewScoped
public class CalibrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalibrationService calibrations;

    private Long id;
    private CalibrationSummary session;
    private Form form;
    private CalibrationSheetView sheet;
    private CalibrationResult result;
    private final Map<String, String> answers = new LinkedHashMap<>();

    /** Runs once the id parameter is set; a session the viewer takes no part in is not found. */
    public void load() {
        if (id == null) {
            return;
        }
        session = ServiceCall.query(null, () -> calibrations.get(id)).orElse(null);
        if (session == null) {
            return;
        }
        form = calibrations.form(id);
        sheet = session.viewerPart() == CalibrationSummary.Part.LEAD ? null : calibrations.sheet(id);
        answers.clear();
        if (sheet != null) {
            answers.putAll(AnswerOptions.texts(sheet.answers()));
        }
        result = session.reportAvailable() ? calibrations.report(id) : null;
    }

    /** Saves the answers; the server's score is announced. Every answer refused is listed on the sheet with its question. */
    public void save() {
        if (ServiceCall.change("sheet", FieldPaths.onInputs("sheet", () -> "Saved: score " + scoreAfterSaving()))) {
            load();
        }
    }

    /** Saves the answers as they stand, then makes the sheet final; each question left unanswered is listed. */
    public void submit() {
        if (ServiceCall.change("sheet", FieldPaths.onInputs("sheet", () -> {
            scoreAfterSaving();
            return "Submitted with score " + calibrations.submit(id).score().total();
        }))) {
            load();
        }
    }

    public void close() {
        if (ServiceCall.change(null, () -> "Closed " + (calibrations.close(id).state() == CalibrationState.CLOSED ? "the session" : ""))) {
            load();
        }
    }

    private Object scoreAfterSaving() {
        return calibrations.saveAnswers(id, AnswerOptions.answers(getQuestions(), answers)).score().total();
    }

    /** The sheet may still be filled in. */
    public boolean isScoring() {
        return sheet != null && sheet.submittedAt() == null && session.state() == CalibrationState.OPEN;
    }

    /** The lead may close the session while it is open. */
    public boolean isClosable() {
        return session != null && session.viewerLeads() && session.state() == CalibrationState.OPEN;
    }

    public List<Question> getQuestions() {
        return form == null ? List.of() : form.questions();
    }

    /** Hidden by its condition in the sheet as last saved. */
    public boolean isHidden(Question question) {
        return sheet != null && sheet.score().questions().stream()
                .anyMatch(q -> q.key().equals(question.key()) && q.outcome() == QuestionOutcome.HIDDEN);
    }

    public QuestionScore scoreOf(Question question) {
        return sheet == null ? null : sheet.score().questions().stream().filter(q -> q.key().equals(question.key())).findFirst().orElse(null);
    }

    /** "YES 2 · NO 1". */
    public String spread(Map<String, Integer> spread) {
        return spread.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    public String username(long userId) {
        return session.participants().stream().filter(p -> p.userId() == userId).map(CalibrationSummary.Participant::username)
                .findFirst().orElse("user " + userId);
    }

    public String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    public String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String signed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.2f", value);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CalibrationSummary getSession() {
        return session;
    }

    public CalibrationSheetView getSheet() {
        return sheet;
    }

    public CalibrationResult getResult() {
        return result;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
