package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A calibration session worked out by hand. The form has three questions: q1 and q2 yes/no with N/A
 * allowed, q3 a scale of 1 to 5. The expert (9) answered yes, no, 3 and scored 80.
 *
 * <pre>
 *   evaluator   q1   q2   q3   score   vs reference
 *   1           yes  no   3    80        0, 0 of 3 differ
 *   2           yes  yes  4    90      +10, 2 of 3 differ
 *   3           no   no   3    70      −10, 1 of 3 differ
 *   4           yes  N/A  2    60      −20, 2 of 3 differ
 *   5           (not submitted)
 * </pre>
 *
 * Per question (4 raters): q1 yes 3, no 1: agreement 3/4, with the reference 3/4; q2 no 2, yes 1,
 * N/A 1: 2/4 and 2/4; q3 "3" 2, "4" 1, "2" 1: 2/4 and 2/4.
 *
 * <p>Scores 80, 90, 70, 60: mean 75; squared deviations 25 + 225 + 25 + 225 = 500; population
 * variance 500 / 4 = 125, standard deviation √125 = 11.180.
 *
 * <p>Fleiss' kappa, questions as subjects, n = 4: P_q1 = (3·2 + 1·0) / (4·3) = 1/2, P_q2 = (2·1) / 12
 * = 1/6, P_q3 = 1/6; P̄ = (1/2 + 1/6 + 1/6) / 3 = 5/18. Of the 12 ratings: yes 4, no 3, N/A 1, "3" 2,
 * "4" 1, "2" 1, so P_e = (16 + 9 + 1 + 4 + 1 + 1) / 144 = 32/144 = 4/18; κ = (5/18 − 4/18) / (1 − 4/18) = 1/14.
 */
class CalibrationReportTest {

    private static final Instant HELD = Instant.parse("2026-12-03T14:00:00Z");
    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3");
    private static final CalibrationSheet EXPERT = sheet(9, 80, "yes", "no", "3");

    private static CalibrationSheet sheet(long evaluator, double score, String q1, String q2, String q3) {
        return new CalibrationSheet(evaluator, true, Map.of("q1", q1, "q2", q2, "q3", q3), score);
    }

    private static CalibrationSheet notSubmitted(long evaluator) {
        return new CalibrationSheet(evaluator, false, Map.of("q1", "no"), 10);
    }

    private static final CalibrationScores SESSION = new CalibrationScores("cal-1", HELD, QUESTIONS, EXPERT, List.of(
            sheet(1, 80, "yes", "no", "3"),
            sheet(2, 90, "yes", "yes", "4"),
            sheet(3, 70, "no", "no", "3"),
            sheet(4, 60, "yes", "N/A", "2"),
            notSubmitted(5)));

    private final CalibrationReport report = CalibrationReport.of(SESSION);

    @Test
    void eachQuestionShowsItsSpreadAndAgreement() {
        assertThat(report.questions()).extracting(QuestionAgreement::questionKey).containsExactly("q1", "q2", "q3");
        QuestionAgreement q1 = report.questions().get(0);
        assertThat(q1.spread()).containsExactly(Map.entry("no", 1), Map.entry("yes", 3));
        assertThat(q1.raters()).isEqualTo(4);
        assertThat(q1.mostCommon()).containsExactly("yes");
        assertThat(q1.agreement()).isEqualTo(0.75);
        assertThat(q1.referenceAnswer()).isEqualTo("yes");
        assertThat(q1.referenceAgreement()).isEqualTo(0.75);

        QuestionAgreement q2 = report.questions().get(1);
        assertThat(q2.spread()).isEqualTo(Map.of("no", 2, "yes", 1, "N/A", 1));
        assertThat(q2.agreement()).isEqualTo(0.5);
        assertThat(q2.referenceAgreement()).isEqualTo(0.5);

        QuestionAgreement q3 = report.questions().get(2);
        assertThat(q3.spread()).containsExactly(Map.entry("2", 1), Map.entry("3", 2), Map.entry("4", 1));
        assertThat(q3.mostCommon()).containsExactly("3");
        assertThat(q3.agreement()).isEqualTo(0.5);
        assertThat(q3.referenceAgreement()).isEqualTo(0.5);
    }

    @Test
    void eachEvaluatorsDeviationFromTheReference() {
        assertThat(report.referenceScore()).isEqualTo(80);
        assertThat(report.deviations()).containsExactly(
                new EvaluatorDeviation(1, 0, 3, 0, 0.0),
                new EvaluatorDeviation(2, 10, 3, 2, 2.0 / 3),
                new EvaluatorDeviation(3, -10, 3, 1, 1.0 / 3),
                new EvaluatorDeviation(4, -20, 3, 2, 2.0 / 3));
    }

    @Test
    void theScoresSpread() {
        assertThat(report.meanScore()).isEqualTo(75);
        assertThat(report.scoreVariance()).isEqualTo(125);
        assertThat(report.scoreStandardDeviation()).isCloseTo(11.180, within(0.0005));
    }

    @Test
    void fleissKappaOverTheQuestions() {
        assertThat(report.kappa().subjects()).isEqualTo(3);
        assertThat(report.kappa().observed()).isCloseTo(5.0 / 18, within(1e-12));
        assertThat(report.kappa().expected()).isCloseTo(4.0 / 18, within(1e-12));
        assertThat(report.kappa().kappa()).isCloseTo(1.0 / 14, within(1e-12));
    }

    @Test
    void aPartialSessionIsComputedOnWhoSubmittedAndFlagged() {
        assertThat(report.partial()).isTrue();
        assertThat(report.notSubmitted()).containsExactly(5L);
        assertThat(report.submitted()).isEqualTo(4);
        assertThat(report.deviations()).extracting(EvaluatorDeviation::evaluatorId).doesNotContain(5L);

        CalibrationScores everyone = new CalibrationScores("cal-1", HELD, QUESTIONS, EXPERT, SESSION.sheets().subList(0, 4));
        CalibrationReport complete = CalibrationReport.of(everyone);
        assertThat(complete.partial()).isFalse();
        assertThat(complete).usingRecursiveComparison().ignoringFields("partial", "notSubmitted").isEqualTo(report);
    }

    @Test
    void withoutASubmittedReferenceThereIsNoDeviation() {
        CalibrationSheet draftOfTheExpert = new CalibrationSheet(9, false, EXPERT.answers(), 80);
        CalibrationReport noReference = CalibrationReport.of(new CalibrationScores("cal-1", HELD, QUESTIONS, draftOfTheExpert,
                SESSION.sheets()));

        assertThat(noReference.partial()).isTrue();
        assertThat(noReference.notSubmitted()).containsExactly(5L, 9L);
        assertThat(noReference.referenceScore()).isNull();
        assertThat(noReference.deviations()).isEmpty();
        assertThat(noReference.questions().get(0).referenceAnswer()).isNull();
        assertThat(noReference.questions().get(0).referenceAgreement()).isNull();
        assertThat(noReference.kappa()).isEqualTo(report.kappa());
        assertThat(CalibrationReport.of(new CalibrationScores("cal-1", HELD, QUESTIONS, null, SESSION.sheets())).partial()).isTrue();
    }

    @Test
    void aQuestionNotShownToAnEvaluatorIsComparedWithoutThem() {
        // evaluator 6 answered no to q1 and so was not shown q2 (its condition is q1 = yes)
        CalibrationSheet conditional = new CalibrationSheet(6, true, Map.of("q1", "no", "q3", "3"), 50);
        CalibrationReport withHidden = CalibrationReport.of(new CalibrationScores("cal-2", HELD, QUESTIONS, EXPERT, List.of(
                sheet(1, 80, "yes", "no", "3"), conditional)));

        assertThat(withHidden.questions().get(1).raters()).isEqualTo(1);
        assertThat(withHidden.questions().get(1).agreement()).isEqualTo(1.0);
        assertThat(withHidden.deviations()).contains(new EvaluatorDeviation(6, -30, 2, 1, 0.5));
        // q2 has one rating and no pair: kappa over q1 and q3 only
        assertThat(withHidden.kappa().subjects()).isEqualTo(2);
    }

    @Test
    void nobodySubmittedYet() {
        CalibrationReport empty = CalibrationReport.of(new CalibrationScores("cal-3", HELD, QUESTIONS, EXPERT, List.of(notSubmitted(1))));

        assertThat(empty.submitted()).isZero();
        assertThat(empty.meanScore()).isNull();
        assertThat(empty.scoreVariance()).isNull();
        assertThat(empty.scoreStandardDeviation()).isNull();
        assertThat(empty.questions().get(0).agreement()).isNull();
        assertThat(empty.questions().get(0).mostCommon()).isEmpty();
        assertThat(empty.kappa().kappa()).isNull();
    }

    @Test
    void tiedAnswersAreAllMostCommon() {
        CalibrationReport tied = CalibrationReport.of(new CalibrationScores("cal-4", HELD, QUESTIONS, EXPERT, List.of(
                sheet(1, 80, "yes", "no", "3"), sheet(2, 70, "no", "no", "3"))));
        assertThat(tied.questions().get(0).mostCommon()).containsExactly("no", "yes");
        assertThat(tied.questions().get(0).agreement()).isEqualTo(0.5);
    }

    @Nested
    class OverTime {

        private CalibrationReport session(String id, int day, double expertScore, double... evaluatorScores) {
            return heldAt(id, HELD.plus(Duration.ofDays(day)), expertScore, evaluatorScores);
        }

        private CalibrationReport heldAt(String id, Instant held, double expertScore, double... evaluatorScores) {
            List<CalibrationSheet> sheets = new ArrayList<>();
            for (int i = 0; i < evaluatorScores.length; i++) {
                sheets.add(sheet(i + 1, evaluatorScores[i], "yes", "no", "3"));
            }
            return CalibrationReport.of(new CalibrationScores(id, held, QUESTIONS,
                    sheet(9, expertScore, "yes", "no", "3"), sheets));
        }

        @Test
        void eachEvaluatorsBiasAndDrift() {
            // evaluator 1: +2, +6, +10 on days 0, 30, 60: bias +6, drifting 4 points more lenient per 30 days
            // evaluator 2: −10 each time: strict, no drift
            // evaluator 3: only in the first session, +1: in line, no drift to speak of
            List<CalibrationReport> reports = List.of(
                    session("cal-c", 60, 70, 80, 60),
                    session("cal-a", 0, 80, 82, 70, 81),
                    session("cal-b", 30, 75, 81, 65));

            List<EvaluatorTrend> trends = EvaluatorTrend.across(reports, 5);

            assertThat(trends).extracting(EvaluatorTrend::evaluatorId).containsExactly(1L, 2L, 3L);
            EvaluatorTrend lenient = trends.get(0);
            assertThat(lenient.deviations()).extracting(EvaluatorTrend.SessionDeviation::sessionId).containsExactly("cal-a", "cal-b", "cal-c");
            assertThat(lenient.deviations()).extracting(EvaluatorTrend.SessionDeviation::scoreDifference).containsExactly(2.0, 6.0, 10.0);
            assertThat(lenient.bias()).isEqualTo(6);
            assertThat(lenient.leaning()).isEqualTo(EvaluatorTrend.Leaning.LENIENT);
            assertThat(lenient.driftPer30Days()).isCloseTo(4, within(1e-9));

            assertThat(trends.get(1).bias()).isEqualTo(-10);
            assertThat(trends.get(1).leaning()).isEqualTo(EvaluatorTrend.Leaning.STRICT);
            assertThat(trends.get(1).driftPer30Days()).isCloseTo(0, within(1e-9));

            assertThat(trends.get(2).leaning()).isEqualTo(EvaluatorTrend.Leaning.IN_LINE);
            assertThat(trends.get(2).driftPer30Days()).isNull();
        }

        @Test
        void sessionsHeldWithinOneSecondAreStillAtDifferentTimes() {
            List<CalibrationReport> reports = List.of(heldAt("cal-a", HELD, 80, 90), heldAt("cal-b", HELD.plusMillis(400), 80, 90));

            assertThat(EvaluatorTrend.across(reports, 5).get(0).driftPer30Days()).as("the same deviation twice").isCloseTo(0, within(1e-9));
        }

        @Test
        void theToleranceDecidesWhatCountsAsInLine() {
            List<CalibrationReport> reports = List.of(session("cal-a", 0, 80, 85), session("cal-b", 7, 80, 85));
            assertThat(EvaluatorTrend.across(reports, 5).get(0).leaning()).isEqualTo(EvaluatorTrend.Leaning.IN_LINE);
            assertThat(EvaluatorTrend.across(reports, 4.9).get(0).leaning()).isEqualTo(EvaluatorTrend.Leaning.LENIENT);
        }

        @Test
        void aPartialSessionCountsForThoseWhoSubmitted() {
            CalibrationReport partial = CalibrationReport.of(new CalibrationScores("cal-p", HELD, QUESTIONS, EXPERT,
                    List.of(sheet(1, 84, "yes", "no", "3"), notSubmitted(2))));
            List<EvaluatorTrend> trends = EvaluatorTrend.across(List.of(partial), 5);
            assertThat(trends).extracting(EvaluatorTrend::evaluatorId).containsExactly(1L);
            assertThat(trends.get(0).bias()).isEqualTo(4);
        }
    }
}
