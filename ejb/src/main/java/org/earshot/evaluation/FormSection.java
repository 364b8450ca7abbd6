package org.earshot.evaluation;

import java.util.List;

/** A section of a scorecard: its key, its title, its weight in the total, and its questions in order. */
public record FormSection(String key, String title, double weight, List<Question> questions) {

    public FormSection {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
