package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An evaluation behind a number of the quality dashboard, as its lists and exports show it. */
public record QualityEvaluationRow(long evaluationId, String callId, LocalDate day, String agent, String team, String queue, String form,
                                   BigDecimal total, boolean autoFailed, boolean disputed, String state) {
}
