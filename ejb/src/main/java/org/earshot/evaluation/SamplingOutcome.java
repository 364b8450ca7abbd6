package org.earshot.evaluation;

import java.util.List;

/**
 * What a draw picked, kept with the seed and period it was drawn with so that an auditor can draw it
 * again. Picks are in the order they were made: by agent, then quota, backfill, minimum.
 */
public record SamplingOutcome(long seed, PeriodWindow window, List<SampledCall> picks, List<AgentShortfall> shortfalls) {

    public SamplingOutcome {
        picks = List.copyOf(picks);
        shortfalls = List.copyOf(shortfalls);
    }
}
