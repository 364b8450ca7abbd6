package org.earshot.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the workflow needs to know of an evaluation: its state, who made it and about whom, the
 * questions of its form version (a dispute may name only those), when each step happened, and what the
 * last step fixed: when the current window closes and whether a resolution may be appealed.
 *
 * @param calibration whether it belongs to a calibration session (those never enter the workflow)
 * @param assignedAt  when it was assigned to its evaluator, or null when the evaluator chose the call
 * @param reviewerId  who resolved the dispute (the first tier), or null before
 * @param dueAt       when the window of the party it waits for closes, fixed by the step that opened it; null when
 *                    final, or a draft nobody assigned
 * @param appealAllowed whether the resolution of its dispute may be appealed, fixed when the agent disputed
 */
public record EvaluationFacts(EvaluationState state, long evaluatorId, long agentId, boolean calibration, Set<String> questionKeys,
                              Instant assignedAt, Instant submittedAt, Instant disputedAt, Long reviewerId, Instant resolvedAt,
                              Instant appealedAt, Instant dueAt, boolean appealAllowed) {

    public EvaluationFacts {
        Objects.requireNonNull(state, "state");
        questionKeys = questionKeys == null ? Set.of() : Set.copyOf(questionKeys);
    }
}
