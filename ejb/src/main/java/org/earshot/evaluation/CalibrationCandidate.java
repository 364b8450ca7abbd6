package org.earshot.evaluation;

/** Someone a lead may invite to score a call: they may evaluate it and are not its agent. */
public record CalibrationCandidate(long userId, String username, String displayName) {
}
