package org.earshot.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A calibration session's report as its readers see it: the numbers ({@link CalibrationReport}), each
 * sheet's total with the evaluator's lenient or strict reading in this session, and the drift across
 * the closed sessions the reader may see of the evaluators who took part.
 *
 * @param leniencyTolerance how many score points from the reference still count as in line
 */
public record CalibrationResult(CalibrationSummary session, CalibrationReport report, List<SheetResult> sheets,
                                List<NamedTrend> trends, double leniencyTolerance) {

    /**
     * One sheet's outcome.
     *
     * @param total   the score FormScoring gave it, null when not submitted
     * @param leaning this session's deviation from the reference read against the tolerance; null for
     *                the reference itself, a sheet not submitted, or a session without a submitted reference
     */
    public record SheetResult(long userId, String username, boolean reference, boolean submitted, BigDecimal total, boolean autoFailed,
                              EvaluatorTrend.Leaning leaning) {
    }
}
