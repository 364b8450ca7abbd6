package org.earshot.evaluation;

import java.util.Set;

/**
 * The agent's objection to an evaluation or to the resolution of an earlier objection (an appeal):
 * why, and on which questions (none named: on the evaluation as a whole).
 */
public record Dispute(String reason, Set<String> questionKeys) {

    public Dispute {
        questionKeys = questionKeys == null ? Set.of() : Set.copyOf(questionKeys);
    }

    public static Dispute ofWhole(String reason) {
        return new Dispute(reason, Set.of());
    }

    public static Dispute ofQuestions(String reason, String... questionKeys) {
        return new Dispute(reason, Set.of(questionKeys));
    }

    public boolean isOfWhole() {
        return questionKeys.isEmpty();
    }
}
