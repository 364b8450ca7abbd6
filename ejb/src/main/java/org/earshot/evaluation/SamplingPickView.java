package org.earshot.evaluation;

/**
 * One pick of a kept draw: the call, why, its rank, whom the draw assigned it to and the evaluation
 * made of it (null while nobody in scope was found).
 */
public record SamplingPickView(long id, int position, String callId, long agentId, String agent, String stratum, SampledCall.Reason reason,
                               String explanation, String rank, Long evaluatorId, String evaluator, Long evaluationId) {
}
