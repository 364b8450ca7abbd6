package org.earshot.coaching;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One evaluation's part in a goal's trend: its result for the goal's question or section, whether that
 * passed, and the goal's running value once it is counted (the mean so far, or the pass rate so far).
 */
public record ProgressPoint(long evaluationId, Instant submittedAt, BigDecimal value, boolean passed, BigDecimal running) {
}
