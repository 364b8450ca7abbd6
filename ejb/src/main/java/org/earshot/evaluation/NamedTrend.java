package org.earshot.evaluation;

/** An evaluator's calibration trend ({@link EvaluatorTrend}) with their name, for people to read. */
public record NamedTrend(String evaluator, EvaluatorTrend trend) {
}
