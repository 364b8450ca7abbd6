package org.earshot.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A goal's progress, computed and never typed: one point per evaluation of the agent (in the order they
 * were submitted) in which the goal's question or section counted, each with the running value, and the
 * latest running value against the target. With no such evaluation yet there is no value, and the goal
 * is not met. Values are computed in double precision and rounded once, half up, to two decimals.
 */
public record GoalProgress(TargetKind kind, BigDecimal target, List<ProgressPoint> points, BigDecimal current, boolean met) {

    public GoalProgress {
        points = List.copyOf(points);
    }

    /** One evaluation the goal may count: its id, when it was submitted, and the goal's result in it, if any. */
    public record Evaluated(long evaluationId, Instant submittedAt, Optional<GoalResult> result) {
    }

    public static GoalProgress of(TargetKind kind, BigDecimal target, List<Evaluated> evaluations) {
        List<ProgressPoint> points = new ArrayList<>();
        double sum = 0;
        int passes = 0;
        for (Evaluated evaluation : evaluations) {
            if (evaluation.result().isEmpty()) {
                continue;
            }
            GoalResult result = evaluation.result().get();
            sum += result.value();
            passes += result.passed() ? 1 : 0;
            int counted = points.size() + 1;
            double running = kind == TargetKind.SCORE ? sum / counted : 100.0 * passes / counted;
            points.add(new ProgressPoint(evaluation.evaluationId(), evaluation.submittedAt(), rounded(result.value()), result.passed(),
                    rounded(running)));
        }
        BigDecimal current = points.isEmpty() ? null : points.get(points.size() - 1).running();
        return new GoalProgress(kind, target, points, current, current != null && current.compareTo(target) >= 0);
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
