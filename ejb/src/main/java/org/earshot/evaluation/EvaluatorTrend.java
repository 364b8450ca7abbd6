package org.earshot.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One evaluator's calibration over time: their score's deviation from the reference session after
 * session, their bias (the mean deviation: lenient above zero, strict below) and its drift (the
 * least-squares slope of the deviations against time, in score points per 30 days).
 *
 * @param deviations the sessions they submitted with a reference, oldest first
 * @param bias       the mean signed score deviation from the reference
 * @param leaning    the bias read against a tolerance
 * @param driftPer30Days the slope, or null with fewer than two sessions at different times
 */
public record EvaluatorTrend(long evaluatorId, List<SessionDeviation> deviations, double bias, Leaning leaning, Double driftPer30Days) {

    public enum Leaning {
        /** Scores above the reference by more than the tolerance, on average. */
        LENIENT,
        /** Within the tolerance of the reference, on average. */
        IN_LINE,
        /** Scores below the reference by more than the tolerance, on average. */
        STRICT;

        /** How a deviation (or a mean of them) from the reference reads against the tolerance. */
        public static Leaning of(double deviation, double tolerance) {
            return deviation > tolerance ? LENIENT : deviation < -tolerance ? STRICT : IN_LINE;
        }
    }

    /** One session's deviation of the evaluator's score from the reference. */
    public record SessionDeviation(String sessionId, Instant heldAt, double scoreDifference) {
    }

    private static final double MILLIS_PER_30_DAYS = Duration.ofDays(30).toMillis();

    /**
     * Every evaluator's trend across the reports (partial sessions count for those who submitted),
     * by evaluator id.
     *
     * @param tolerance how many score points from the reference on average still count as in line
     */
    public static List<EvaluatorTrend> across(Collection<CalibrationReport> reports, double tolerance) {
        Map<Long, List<SessionDeviation>> byEvaluator = new TreeMap<>();
        reports.forEach(report -> report.deviations().forEach(deviation -> byEvaluator
                .computeIfAbsent(deviation.evaluatorId(), id -> new ArrayList<>())
                .add(new SessionDeviation(report.sessionId(), report.heldAt(), deviation.scoreDifference()))));
        return byEvaluator.entrySet().stream().map(e -> of(e.getKey(), e.getValue(), tolerance)).toList();
    }

    private static EvaluatorTrend of(long evaluatorId, List<SessionDeviation> deviations, double tolerance) {
        List<SessionDeviation> series = deviations.stream()
                .sorted(Comparator.comparing(SessionDeviation::heldAt).thenComparing(SessionDeviation::sessionId)).toList();
        double bias = series.stream().mapToDouble(SessionDeviation::scoreDifference).average().orElseThrow();
        return new EvaluatorTrend(evaluatorId, series, bias, Leaning.of(bias, tolerance), slope(series));
    }

    /** Least squares: Σ (t − t̄)(d − d̄) / Σ (t − t̄)², t in units of 30 days from the first session. */
    private static Double slope(List<SessionDeviation> series) {
        Instant first = series.get(0).heldAt();
        // milliseconds: sessions held within one second are still at different times
        double[] t = series.stream().mapToDouble(s -> Duration.between(first, s.heldAt()).toMillis() / MILLIS_PER_30_DAYS).toArray();
        double[] d = series.stream().mapToDouble(SessionDeviation::scoreDifference).toArray();
        double meanT = Arrays.stream(t).average().orElseThrow();
        double meanD = Arrays.stream(d).average().orElseThrow();
        double covariance = 0;
        double spread = 0;
        for (int i = 0; i < t.length; i++) {
            covariance += (t[i] - meanT) * (d[i] - meanD);
            spread += (t[i] - meanT) * (t[i] - meanT);
        }
        return spread == 0 ? null : covariance / spread;
    }
}
