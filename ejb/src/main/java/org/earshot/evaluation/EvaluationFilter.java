package org.earshot.evaluation;

import java.util.EnumSet;
import java.util.Set;

/** What a list of evaluations is narrowed to; null leaves a criterion out (no states: every state). */
public record EvaluationFilter(Long agentId, Long evaluatorId, Set<EvaluationState> states, String callId) {

    public EvaluationFilter {
        states = states == null || states.isEmpty() ? EnumSet.allOf(EvaluationState.class) : EnumSet.copyOf(states);
    }

    /** Whether the filter leaves the state open (every state is asked for). */
    public boolean everyState() {
        return states.size() == EvaluationState.values().length;
    }

    public static EvaluationFilter any() {
        return new EvaluationFilter(null, null, null, null);
    }

    /** In one state (null: any), as the API's single {@code state} parameter asks. */
    public static EvaluationFilter of(Long agentId, Long evaluatorId, EvaluationState state, String callId) {
        return new EvaluationFilter(agentId, evaluatorId, state == null ? null : Set.of(state), callId);
    }

    /** The evaluations waiting for a reviewer: an open dispute or appeal. */
    public static EvaluationFilter awaitingReview() {
        return new EvaluationFilter(null, null, EnumSet.of(EvaluationState.DISPUTED, EvaluationState.APPEALED), null);
    }
}
