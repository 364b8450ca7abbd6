package org.earshot.evaluation;

import java.time.Instant;

/**
 * What happens to an evaluation when the agent lets a window pass: the state it moves to by
 * default, when the window closed, and a sentence for the audit trail and the agent.
 */
public record Lapse(EvaluationState next, Instant windowClosedAt, String reason) {
}
