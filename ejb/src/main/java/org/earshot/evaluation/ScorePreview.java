package org.earshot.evaluation;

import java.util.Map;

/**
 * A sample filled-in form scored against a version without saving anything: the score with its
 * explanation, and the answers the given speech signals would propose, for the evaluator to confirm.
 * {@code version} is null for a form scored as it is being edited, before it is saved.
 */
public record ScorePreview(Integer version, ScoreReport score, Map<String, Answer> proposedAnswers) {
}
