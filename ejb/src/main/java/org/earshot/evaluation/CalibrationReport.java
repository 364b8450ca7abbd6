package org.earshot.evaluation;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A calibration session's report, computed from the sheets submitted: per question the spread of
 * answers and the agreement, each evaluator's deviation from the reference, the spread of scores, and
 * Fleiss' kappa over the questions. A session some evaluators (or the expert) did not submit is
 * reported on those who did and flagged partial. docs/quality.md, "Calibration", is the specification.
 *
 * @param partial             whether an evaluator or the reference has not submitted, or there is no reference
 * @param notSubmitted        who has not (evaluators, and the reference's author)
 * @param submitted           how many evaluators' sheets the numbers are computed from (the reference not counted)
 * @param referenceScore      the reference's score, or null without a submitted reference
 * @param meanScore           the evaluators' mean score, or null when none submitted
 * @param scoreVariance       the population variance of the evaluators' scores (the session's evaluators are
 *                            all there is to describe, not a sample), or null when none submitted
 * @param scoreStandardDeviation its square root
 * @param deviations          per evaluator who submitted, their deviation from the reference (empty without one)
 * @param kappa               Fleiss' kappa, questions as subjects, the evaluators' answers as ratings (the reference's not)
 */
public record CalibrationReport(String sessionId, Instant heldAt, boolean partial, List<Long> notSubmitted, int submitted,
                                Double referenceScore, Double meanScore, Double scoreVariance, Double scoreStandardDeviation,
                                List<QuestionAgreement> questions, List<EvaluatorDeviation> deviations, FleissKappa kappa) {

    public static CalibrationReport of(CalibrationScores session) {
        List<CalibrationSheet> sheets = session.sheets().stream().filter(CalibrationSheet::submitted).toList();
        CalibrationSheet reference = session.reference() != null && session.reference().submitted() ? session.reference() : null;
        List<Long> notSubmitted = Stream.concat(session.sheets().stream(), Stream.ofNullable(session.reference()))
                .filter(sheet -> !sheet.submitted()).map(CalibrationSheet::evaluatorId).toList();
        boolean partial = !notSubmitted.isEmpty() || session.reference() == null;

        List<QuestionAgreement> questions = session.questionKeys().stream()
                .map(key -> agreement(key, spread(sheets, key), reference)).toList();
        List<EvaluatorDeviation> deviations = reference == null ? List.of()
                : sheets.stream().map(sheet -> deviation(sheet, reference, session.questionKeys())).toList();

        Double mean = sheets.isEmpty() ? null : sheets.stream().mapToDouble(CalibrationSheet::score).average().orElseThrow();
        Double variance = mean == null ? null
                : sheets.stream().mapToDouble(sheet -> (sheet.score() - mean) * (sheet.score() - mean)).sum() / sheets.size();
        return new CalibrationReport(session.sessionId(), session.heldAt(), partial, notSubmitted, sheets.size(),
                reference == null ? null : reference.score(), mean, variance, variance == null ? null : Math.sqrt(variance),
                questions, deviations, FleissKappa.of(questions.stream().map(QuestionAgreement::spread).toList()));
    }

    private static SortedMap<String, Integer> spread(List<CalibrationSheet> sheets, String questionKey) {
        SortedMap<String, Integer> spread = new TreeMap<>();
        sheets.stream().map(sheet -> sheet.answers().get(questionKey)).filter(Objects::nonNull)
                .forEach(answer -> spread.merge(answer, 1, Integer::sum));
        return Collections.unmodifiableSortedMap(spread);
    }

    private static QuestionAgreement agreement(String questionKey, SortedMap<String, Integer> spread, CalibrationSheet reference) {
        int raters = spread.values().stream().mapToInt(Integer::intValue).sum();
        int most = spread.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> mostCommon = spread.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        String referenceAnswer = reference == null ? null : reference.answers().get(questionKey);
        return new QuestionAgreement(questionKey, spread, raters, mostCommon,
                raters == 0 ? null : (double) most / raters, referenceAnswer,
                raters == 0 || referenceAnswer == null ? null : (double) spread.getOrDefault(referenceAnswer, 0) / raters);
    }

    /** Compared on the questions both answered: a question one of them was not shown says nothing of their judgement. */
    private static EvaluatorDeviation deviation(CalibrationSheet sheet, CalibrationSheet reference, List<String> questionKeys) {
        int compared = 0;
        int differing = 0;
        for (String key : questionKeys) {
            String answer = sheet.answers().get(key);
            String expected = reference.answers().get(key);
            if (answer != null && expected != null) {
                compared++;
                differing += answer.equals(expected) ? 0 : 1;
            }
        }
        return new EvaluatorDeviation(sheet.evaluatorId(), sheet.score() - reference.score(), compared, differing,
                compared == 0 ? null : (double) differing / compared);
    }
}
