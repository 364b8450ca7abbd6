package org.earshot.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.earshot.recording.SpeechSignal;

/**
 * The definition of a scorecard as one version holds it, immutable: its name, a description for
 * evaluators, and its sections of questions in order. {@link FormValidation} says whether it can be
 * saved and published, {@link FormScoring} scores answers to it, {@link FormJson} reads and writes it.
 */
public record Form(String name, String description, List<FormSection> sections) {

    public Form {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Every question in the order evaluators meet them, section after section. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The answers the speech signals propose, by question key, for the evaluator to confirm or override. */
    public Map<String, Answer> proposedAnswers(Map<SpeechSignal, Long> signals) {
        Map<String, Answer> proposed = new LinkedHashMap<>();
        questions().forEach(q -> q.proposedAnswer(signals).ifPresent(a -> proposed.put(q.key(), a)));
        return proposed;
    }
}
