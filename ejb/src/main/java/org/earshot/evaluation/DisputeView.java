package org.earshot.evaluation;

import java.time.Instant;
import java.util.Set;

/** A dispute or appeal as shown: what was raised (no question keys: the whole evaluation) and how it was settled. */
public record DisputeView(String tier, String reason, Set<String> questionKeys, String raisedBy, Instant raisedAt, String reviewer,
                          Resolution.Outcome outcome, String note, Instant resolvedAt) {
}
