package org.earshot.evaluation;

import java.util.List;
import java.util.SortedMap;

/**
 * How the evaluators of a calibration session answered one question.
 *
 * @param spread              per answer, how many evaluators gave it
 * @param raters              how many evaluators answered it
 * @param mostCommon          the answers given most often (several when tied), sorted
 * @param agreement           the share of evaluators who gave a most common answer, or null when nobody answered
 * @param referenceAnswer     the reference evaluation's answer, or null
 * @param referenceAgreement  the share of evaluators who gave the reference's answer, or null without one
 */
public record QuestionAgreement(String questionKey, SortedMap<String, Integer> spread, int raters, List<String> mostCommon,
                                Double agreement, String referenceAnswer, Double referenceAgreement) {
}
