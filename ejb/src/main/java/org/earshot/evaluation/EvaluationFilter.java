package org.earshot.evaluation;

/** What a list of evaluations is narrowed to; null leaves a criterion out. */
public record EvaluationFilter(Long agentId, Long evaluatorId, EvaluationState state, String callId) {

    public static EvaluationFilter any() {
        return new EvaluationFilter(null, null, null, null);
    }
}
