package org.earshot.evaluation;

import java.util.Map;

/**
 * One evaluator's scoring of a calibration session's call, as the report reads it.
 *
 * @param answers   per question key, the answer as a category: "yes", "no", "N/A", "3", a choice's value;
 *                  a question not shown (its condition unmet) or left unanswered is absent
 * @param score     the total score the form gave
 * @param submitted whether the evaluator submitted it; a sheet not submitted is left out of every number
 */
public record CalibrationSheet(long evaluatorId, boolean submitted, Map<String, String> answers, double score) {

    public CalibrationSheet {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
