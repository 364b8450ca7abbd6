package org.earshot.evaluation;

/**
 * The evaluation of a live monitoring session, as starting one answers: one evaluation per session, so
 * asking again gives the one already made from it.
 *
 * @param started whether this request made it (false: it was made from the session before)
 */
public record SessionEvaluation(EvaluationView evaluation, boolean started) {
}
