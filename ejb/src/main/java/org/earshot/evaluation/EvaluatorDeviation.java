package org.earshot.evaluation;

/**
 * How far one evaluator's scoring of a calibration session is from the reference.
 *
 * @param scoreDifference    their score less the reference's: positive is lenient, negative strict
 * @param questionsCompared  the questions both they and the reference answered
 * @param questionsDiffering of those, the ones they answered otherwise
 * @param differingShare     {@code questionsDiffering / questionsCompared}, or null when none compared
 */
public record EvaluatorDeviation(long evaluatorId, double scoreDifference, int questionsCompared, int questionsDiffering,
                                 Double differingShare) {
}
