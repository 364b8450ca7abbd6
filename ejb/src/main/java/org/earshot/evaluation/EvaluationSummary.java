package org.earshot.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An evaluation in a list: whose, by whom, on which form version, where in its workflow, and its current total. */
public record EvaluationSummary(long id, String callId, UUID recordingId, Long monitoringSessionId, long agentId, String agent,
                                long evaluatorId, String evaluator, long scorecardId, int scorecardVersion, EvaluationState state,
                                boolean calibration, BigDecimal total, Instant createdAt, Instant submittedAt, Instant acknowledgedAt,
                                Instant closedAt, Instant dueAt) {
}
