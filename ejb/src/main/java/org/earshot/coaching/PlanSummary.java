package org.earshot.coaching;

import java.time.Instant;

/** A plan in a list: whose, by whom, its status and what it was made from (the evaluation's or calibration session's id). */
public record PlanSummary(long id, long agentId, String agent, String agentName, String trainer, String title, PlanStatus status,
                          Instant startedAt, Instant endedAt, PlanSource source, Long sourceId) {
}
