package org.earshot.web.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Choice;
import org.earshot.evaluation.Question;

/**
 * The answers a question is offered with on a page (the form preview, an evaluation): its type's
 * values, and N/A where the question allows it. Pages hold answers as text ("" unanswered, "N/A"), as
 * their select menus do; {@link #answers} turns them into the services' answers.
 */
@Named
@ApplicationScoped
public class AnswerOptions {

    static final String NOT_APPLICABLE = "N/A";

    public List<String> options(Question question) {
        return offered(question);
    }

    private static List<String> offered(Question question) {
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

    /** A choice's label, or the value itself for the other types. */
    public String label(Question question, String value) {
        return question.choice(value).map(Choice::label).orElse(value);
    }

    /** The given answers to these questions (blank ones are unanswered; answers to questions not among them are left out). */
    static Map<String, Answer> answers(List<Question> questions, Map<String, String> given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            String value = given.get(question.key());
            if (value != null && !value.isBlank()) {
                answers.put(question.key(), NOT_APPLICABLE.equals(value) ? Answer.NOT_APPLICABLE : Answer.of(value));
            }
        }
        return answers;
    }

    /**
     * The given answers that these questions still take: a form designer's sample answers outlive
     * their edits of the form (a question turned from a scale into yes/no drops its "4").
     */
    static Map<String, Answer> answersTaken(List<Question> questions, Map<String, String> given) {
        Map<String, String> taken = new HashMap<>();
        for (Question question : questions) {
            String value = given.get(question.key());
            if (value != null && (!question.isScored() || offered(question).contains(value))) {
                taken.put(question.key(), value);
            }
        }
        return answers(questions, taken);
    }

    /** The services' answers as a page holds them. */
    static Map<String, String> texts(Map<String, Answer> answers) {
        Map<String, String> texts = new HashMap<>();
        answers.forEach((key, answer) -> texts.put(key, answer.notApplicable() ? NOT_APPLICABLE : answer.value()));
        return texts;
    }
}
