package org.earshot.evaluation;

import java.util.List;
import java.util.Map;

/**
 * An evaluation in full: the current answers and their score with its explanation (computed by the
 * server from the answers), every revision, the comments and the disputes.
 */
public record EvaluationView(EvaluationSummary summary, Map<String, Answer> answers, ScoreReport score, List<RevisionView> revisions,
                             List<CommentView> comments, List<DisputeView> disputes) {
}
