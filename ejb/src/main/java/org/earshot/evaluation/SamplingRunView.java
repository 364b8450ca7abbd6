package org.earshot.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A kept draw as an auditor reads it.
 *
 * @param seed the draw's seed as 16 hex digits: the HMAC key that ranks each call (docs/quality.md, "Sampling")
 */
public record SamplingRunView(long id, long ruleId, String ruleName, Instant periodStart, Instant periodEnd, String seed, String rule,
                              int candidates, String drawnBy, Instant drawnAt, List<SamplingPickView> picks,
                              List<ShortfallView> shortfalls) {

    public record ShortfallView(long agentId, String agent, int wanted, int picked) {
    }
}
