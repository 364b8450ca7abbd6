package org.earshot.coaching;

import java.time.Instant;

/** A session in a list: its plan, agent and trainer, when and how long, its state and whether the agent acknowledged it. */
public record SessionSummary(long id, long planId, long agentId, String agent, String agentName, String trainer, Instant scheduledAt,
                             int durationMinutes, SessionState state, Instant acknowledgedAt) {
}
