package org.earshot.evaluation;

/**
 * What asking to start an evaluation answers: the draft made now, or the one already there that the
 * request would have duplicated (the evaluation made from the live session, or the caller's own draft
 * of the recorded call), so a second click or a retried request never makes a twin.
 *
 * @param started whether this request made it (false: it was there before)
 */
public record StartedEvaluation(EvaluationView evaluation, boolean started) {
}
