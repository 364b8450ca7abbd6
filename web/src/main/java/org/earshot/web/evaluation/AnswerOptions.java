package org.earshot.web.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Choice;
import org.earshot.evaluation.Question;

/**
 * A form's questions as a page offers them: the answers each takes, and the page's answers (text per
 * question key, "N/A" for not applicable, blank for unanswered) as the services take them.
 */
final class AnswerOptions {

    static final String NOT_APPLICABLE = "N/A";

    private AnswerOptions() {
    }

    /** The answers a question takes: its type's, and N/A where the question allows it; none for free text. */
    static List<String> of(Question question) {
        List<String> options = switch (question.type()) {
            case YES_NO -> List.of(Question.YES, Question.NO);
            case SCALE -> IntStream.rangeClosed(question.scale().min(), question.scale().max()).mapToObj(String::valueOf).toList();
            case CHOICE -> question.choices().stream().map(Choice::value).toList();
            case TEXT -> List.of();
        };
        if (!question.naAllowed()) {
            return options;
        }
        List<String> withNa = new ArrayList<>(options);
        withNa.add(NOT_APPLICABLE);
        return withNa;
    }

    /** The answers given to these questions; blank ones are unanswered, and answers to other questions are left out. */
    static Map<String, Answer> given(List<Question> questions, Map<String, String> answers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        for (Question question : questions) {
            String value = answers.get(question.key());
            if (value != null && !value.isBlank()) {
                given.put(question.key(), NOT_APPLICABLE.equals(value) ? Answer.NOT_APPLICABLE : Answer.of(value));
            }
        }
        return given;
    }

    /** Saved answers as the page shows them. */
    static Map<String, String> shown(Map<String, Answer> answers) {
        Map<String, String> shown = new LinkedHashMap<>();
        answers.forEach((key, answer) -> shown.put(key, answer.toString()));
        return shown;
    }
}
