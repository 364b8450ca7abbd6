package org.earshot.evaluation;

import java.time.Instant;

/** A sampling plan as the API and pages show it: its settings, the names they point to, and the rule in words. */
public record SamplingPlanView(long id, SamplingPlanSettings settings, String queue, String team, String scorecard, String rule,
                               String updatedBy, Instant updatedAt) {
}
