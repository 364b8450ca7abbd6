package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The quality dashboard for one filter: the tiles, the score trend, the distribution of scores, the
 * questions failed most, evaluations done against the sampling targets and how far each evaluator
 * scores from the calibration references. Scores are out of 100; percentages are of the evaluations
 * (or of the times a question was asked).
 */
public record QualityReport(DashboardFilter filter, Summary summary, TrendPeriod period, TrendBy by, List<TrendSeries> trend,
                            List<ScoreBand> distribution, List<FailedQuestion> failedQuestions, List<SamplingProgress> sampling,
                            List<EvaluatorCalibration> calibration) implements DashboardReport {

    public QualityReport {
        trend = List.copyOf(trend);
        distribution = List.copyOf(distribution);
        failedQuestions = List.copyOf(failedQuestions);
        sampling = List.copyOf(sampling);
        calibration = List.copyOf(calibration);
    }

    /** The tiles: evaluations, mean score and its standard deviation, auto-fails (critical failures), disputes and how they ended. */
    public record Summary(long evaluations, long scored, BigDecimal meanScore, BigDecimal scoreDeviation, long autoFailed,
                          BigDecimal autoFailPercent, long disputed, BigDecimal disputePercent, long appealed, long upheld, long reScored) {
    }

    /** Whether the trend has a point per day or per week (Monday to Sunday). */
    public enum TrendPeriod { DAY, WEEK }

    /** What the trend's lines are: one for everything, or one per agent, team, queue or form (the ten with most evaluations). */
    public enum TrendBy { ALL, AGENT, TEAM, QUEUE, FORM }

    /** One line of the trend: what it is of (its id, 0 for none), its name and its points in time order. */
    public record TrendSeries(long id, String name, List<TrendPoint> points) {

        public TrendSeries {
            points = List.copyOf(points);
        }
    }

    /** A day's or week's evaluations and their mean score (null when none had a score). */
    public record TrendPoint(LocalDate period, long evaluations, BigDecimal meanScore) {
    }

    /** How many evaluations scored from {@code from} up to {@code to} (the last band holds 100). */
    public record ScoreBand(int band, int from, int to, long evaluations) {
    }

    /** A question of a form: how often it was asked, failed and answered N/A, and the share of asks that failed. */
    public record FailedQuestion(long formId, String form, String question, String text, long asked, long failed, long notApplicable,
                                 BigDecimal failPercent) {
    }

    /** A sampling draw of a rule: the calls it wanted, picked, and those whose evaluation was submitted. */
    public record SamplingProgress(long ruleId, String rule, long drawId, LocalDate periodStart, long target, long picked, long done,
                                   BigDecimal donePercent) {
    }

    /**
     * An evaluator across the closed calibration sessions of the range: their mean score less the
     * reference's (positive: lenient) and the population variance of those differences.
     */
    public record EvaluatorCalibration(long evaluatorId, String evaluator, int sessions, BigDecimal meanDeviation,
                                       BigDecimal deviationVariance) {
    }
}
