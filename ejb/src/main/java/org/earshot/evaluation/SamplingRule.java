package org.earshot.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a sampling draw picks for a queue or a team in each period: how many calls per agent, split
 * into strata by quota, at least how many per agent whatever the criteria, and which calls qualify.
 * docs/quality.md, "Sampling", is the specification.
 *
 * @param queue             only calls of this queue, or null for any
 * @param teamId            only calls answered by agents of this team, or null for any
 * @param perAgent          how many calls to pick per agent and period
 * @param minimumPerAgent   how many to pick per agent even when too few calls meet the criteria (0 to {@code perAgent})
 * @param strataQuotas      per agent, how many of the {@code perAgent} come from each stratum (adding up to it);
 *                          empty for no strata. With strata, calls of unnamed strata are not sampled.
 * @param excludePausedOnly leave out recordings paused throughout
 * @param excludeIncomplete leave out recordings that miss part of their call
 */
public record SamplingRule(String queue, Long teamId, SamplingPeriod period, int perAgent, int minimumPerAgent,
                           Map<String, Integer> strataQuotas, CallCriteria criteria, boolean excludePausedOnly,
                           boolean excludeIncomplete) {

    /** The most calls per agent and period a rule may ask for; beyond it sampling is no longer sampling. */
    public static final int MOST_PER_AGENT = 50;

    public SamplingRule {
        if (period == null) {
            throw new QualitySettingException("period", "Choose whether the numbers are per week or per month");
        }
        if (perAgent < 1 || perAgent > MOST_PER_AGENT) {
            throw new QualitySettingException("perAgent", "Between 1 and " + MOST_PER_AGENT + " calls per agent");
        }
        if (minimumPerAgent < 0 || minimumPerAgent > perAgent) {
            throw new QualitySettingException("minimumPerAgent", "Between 0 and the " + perAgent + " calls per agent");
        }
        strataQuotas = strataQuotas == null ? Map.of() : strataQuotas;
        if (strataQuotas.entrySet().stream().anyMatch(quota -> quota.getKey() == null || quota.getKey().isBlank()
                || quota.getValue() == null || quota.getValue() < 1)) {
            throw new QualitySettingException("strataQuotas", "Each stratum has a name and a quota of at least 1");
        }
        // sorted, so that a draw takes the strata in an order that does not depend on how the map was built
        strataQuotas = Collections.unmodifiableSortedMap(new TreeMap<>(strataQuotas));
        int total = strataQuotas.values().stream().mapToInt(Integer::intValue).sum();
        if (!strataQuotas.isEmpty() && total != perAgent) {
            throw new QualitySettingException("strataQuotas", "The strata's quotas add up to " + total + ", not the "
                    + perAgent + " calls per agent");
        }
        criteria = Objects.requireNonNullElse(criteria, CallCriteria.ANY);
    }

    /** Whether the call is the rule's to sample at all: its queue and team, an evaluable recording. */
    public boolean covers(SamplingCandidate call) {
        return (queue == null || queue.equals(call.queue()))
                && (teamId == null || teamId.equals(call.teamId()))
                && (strataQuotas.isEmpty() || strataQuotas.containsKey(call.stratum()))
                && !(excludePausedOnly && call.pausedOnly())
                && !(excludeIncomplete && !call.recordingComplete());
    }
}
