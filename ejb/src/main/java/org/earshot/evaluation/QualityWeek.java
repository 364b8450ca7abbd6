package org.earshot.evaluation;

import java.math.BigDecimal;

/**
 * The evaluations in scope submitted since a moment (calibration sheets and drafts never count), the
 * average of their current totals (null when there are none) and the disputes and appeals in scope
 * waiting for a reviewer now.
 */
public record QualityWeek(long evaluations, BigDecimal averageScore, long openDisputes) {
}
