package org.earshot.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An evaluation in a list: whose, by whom, on which form version, where in its workflow, and its current total.
 *
 * @param dueAt         when the window of the party it waits for closes, as the step that opened it fixed it
 * @param appealAllowed whether the resolution of its dispute may be appealed, as fixed when it was disputed; null before
 */
public record EvaluationSummary(long id, String callId, UUID recordingId, Long monitoringSessionId, long agentId, String agent,
                                long evaluatorId, String evaluator, long scorecardId, int scorecardVersion, EvaluationState state,
                                boolean calibration, BigDecimal total, Instant createdAt, Instant submittedAt, Instant acknowledgedAt,
                                Instant closedAt, Instant dueAt, Boolean appealAllowed) {
}
