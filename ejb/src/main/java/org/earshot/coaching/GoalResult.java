package org.earshot.coaching;

import java.util.Map;
import java.util.Optional;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormScoring;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionScore;
import org.earshot.evaluation.ScoreReport;
import org.earshot.evaluation.SectionScore;

/**
 * The result of one question or section in one evaluation, in percent, and whether it passed; none when
 * it did not count (N/A, hidden, unanswered, free text, or a key the evaluation's version lacks).
 *
 * <p>A question is measured on its own answer (its fraction of its points): another question's critical
 * failure that auto-failed its section or the form does not make this behaviour worse. Its own critical
 * failing answer is 0. A section is its score as the form scored it (0 when auto-failed), and 0 too when
 * one of its questions failed the whole form: the failure happened in it. It passes at {@link #PASS_MARK}.
 */
public record GoalResult(double value, boolean passed) {

    /** A question or section passes with at least half its points: a YES/NO question its passing answer, a 1–5 scale 3. */
    public static final double PASS_MARK = 50;

    public static GoalResult of(double value) {
        return new GoalResult(value, value >= PASS_MARK);
    }

    public static Optional<GoalResult> in(Form form, Map<String, Answer> answers, GoalSubject subject, String key) {
        return in(form, FormScoring.score(form, answers), subject, key);
    }

    /** As {@link #in(Form, Map, GoalSubject, String)}, on the form's score already computed from the answers. */
    public static Optional<GoalResult> in(Form form, ScoreReport report, GoalSubject subject, String key) {
        return subject == GoalSubject.QUESTION ? ofQuestion(form, report, key) : ofSection(report, key);
    }

    private static Optional<GoalResult> ofQuestion(Form form, ScoreReport report, String key) {
        Optional<QuestionScore> score = report.questions().stream().filter(q -> q.key().equals(key)).findFirst();
        Optional<Question> question = form.question(key);
        if (score.isEmpty() || question.isEmpty()) {
            return Optional.empty();
        }
        return switch (score.get().outcome()) {
            case CRITICAL_FAILURE -> Optional.of(of(0));
            case SCORED, AUTO_FAILED -> Optional.of(of(100 * question.get().fraction(score.get().answer().value())));
            default -> Optional.empty();
        };
    }

    private static Optional<GoalResult> ofSection(ScoreReport report, String key) {
        Optional<SectionScore> section = report.sections().stream().filter(s -> s.key().equals(key) && s.counted()).findFirst();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        boolean failedIn = report.autoFails().stream().anyMatch(f -> f.section().equals(key));
        return Optional.of(of(failedIn ? 0 : section.get().score().doubleValue()));
    }
}
