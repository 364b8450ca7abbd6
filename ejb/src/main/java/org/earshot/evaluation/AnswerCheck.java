package org.earshot.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.earshot.rules.FieldViolation;

/**
 * Whether answers fit a form before they are scored: each names a question of the form and is an
 * answer that question takes (N/A only where allowed). Field paths are {@code answers/<question key>}.
 * Missing answers are not faults here: {@link FormScoring} reports them.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    public static List<FieldViolation> problems(Form form, Map<String, Answer> answers) {
        List<FieldViolation> problems = new ArrayList<>();
        answers.keySet().stream().sorted().forEach(key -> {
            Answer answer = answers.get(key);
            Optional<Question> question = form.question(key);
            if (question.isEmpty()) {
                problems.add(new FieldViolation("answers/" + key, "The form has no question \"" + key + "\""));
            } else if (answer == null) {
                problems.add(new FieldViolation("answers/" + key, "Give an answer or N/A"));
            } else {
                question.get().problemWith(answer).ifPresent(p -> problems.add(new FieldViolation("answers/" + key, p)));
            }
        });
        return problems;
    }
}
