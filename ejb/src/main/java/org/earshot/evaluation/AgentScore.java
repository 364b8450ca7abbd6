package org.earshot.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An agent's latest evaluated score and the one before it (null when they have one evaluation), how
 * many of their evaluations the list read, and when the latest was submitted.
 */
public record AgentScore(long agentId, String agent, String team, BigDecimal latest, BigDecimal previous, long evaluations,
                         Instant latestAt) {

    /** The latest against the one before: positive when it rose; null without a previous score. */
    public BigDecimal change() {
        return previous == null || latest == null ? null : latest.subtract(previous);
    }
}
