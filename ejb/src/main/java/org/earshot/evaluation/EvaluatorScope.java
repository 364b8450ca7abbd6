package org.earshot.evaluation;

/** Whether an evaluator may evaluate a call: the access layer's answer, asked by a draw before assigning. */
@FunctionalInterface
public interface EvaluatorScope {

    boolean covers(long evaluatorId, SamplingCandidate call);
}
