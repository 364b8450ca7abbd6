package org.earshot.evaluation;

import java.util.Map;

/**
 * A sample filled-in form scored against a version without saving anything: the score with its
 * explanation, and the answers the given speech signals would propose, for the evaluator to confirm.
 */
public record ScorePreview(int version, ScoreReport score, Map<String, Answer> proposedAnswers) {
}
