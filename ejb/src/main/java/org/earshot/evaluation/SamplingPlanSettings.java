package org.earshot.evaluation;

import java.util.List;
import java.util.Map;
import org.earshot.calls.CallDirection;

/**
 * What a lead sets on a sampling plan: its name, whose calls (a queue, a team or both), the scorecard
 * its evaluations use, and the rule (docs/quality.md, "Sampling"). Durations are in whole seconds;
 * signal conditions are written as {@code silenceLongestMs >= 30000}.
 */
public record SamplingPlanSettings(String name, Long queueId, Long teamId, Long scorecardId, SamplingPeriod period, int perAgent,
                                   int minimumPerAgent, Map<String, Integer> strataQuotas, Long shortestSeconds, Long longestSeconds,
                                   CallDirection direction, CallCriteria.Monitoring monitoring, List<String> signals,
                                   boolean excludePausedOnly, boolean excludeIncomplete, boolean active) {

    public SamplingPlanSettings {
        strataQuotas = strataQuotas == null ? Map.of() : strataQuotas;
        signals = signals == null ? List.of() : signals.stream().filter(s -> s != null && !s.isBlank()).toList();
        monitoring = monitoring == null ? CallCriteria.Monitoring.EITHER : monitoring;
    }
}
