package org.earshot.coaching;

import java.util.List;
import java.util.Map;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormScoring;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.ScoreReport;

/**
 * The questions an outcome (an evaluation's answers, a dispute's final revision, a calibration's reference
 * sheet) failed, in the form's order: each becomes a proposed goal the trainer confirms or edits. A
 * question fails as a goal's result does ({@link GoalResult}): below the pass mark, or its critical
 * failing answer; N/A, hidden and unanswered questions propose nothing.
 */
public final class ProposedGoals {

    private ProposedGoals() {
    }

    public static List<String> failedQuestions(Form form, Map<String, Answer> answers) {
        ScoreReport report = FormScoring.score(form, answers);
        return form.questions().stream().filter(Question::isScored).map(Question::key)
                .filter(key -> GoalResult.in(form, report, GoalSubject.QUESTION, key).map(r -> !r.passed()).orElse(false))
                .toList();
    }
}
