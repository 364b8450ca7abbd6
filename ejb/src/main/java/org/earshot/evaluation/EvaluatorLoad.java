package org.earshot.evaluation;

/** An evaluator a draw may assign calls to, with the evaluations they have open now (assigned, not yet submitted). */
public record EvaluatorLoad(long evaluatorId, int openEvaluations) {
}
