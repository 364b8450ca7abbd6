package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The operations dashboard for one filter: the tiles, the figures per day, per team and per queue, and
 * the distribution of handle times. A call counts on the UTC day it started, once it has ended. Times
 * are in seconds; the speech figures are of the calls whose recording has speech signals.
 */
public record OperationsReport(DashboardFilter filter, Summary summary, List<DayFigures> trend, List<GroupFigures> teams,
                               List<GroupFigures> queues, List<HandleBand> distribution) implements DashboardReport {

    public OperationsReport {
        trend = List.copyOf(trend);
        teams = List.copyOf(teams);
        queues = List.copyOf(queues);
        distribution = List.copyOf(distribution);
    }

    /**
     * What a set of calls adds up to: how many ended, were answered (and the share), the mean handle time of
     * the answered (answered to end), how many had speech signals, and over those the agent's mean share of
     * the talk (per call, of the calls where somebody talked) and the mean silence per call.
     */
    public record Figures(long calls, long answered, BigDecimal answeredPercent, BigDecimal meanHandleSeconds, long withSpeech,
                          BigDecimal meanAgentTalkPercent, BigDecimal meanSilenceSeconds) {
    }

    /**
     * The tiles: the figures, and over the calls with speech signals the mean longest silence, overtalk and
     * hold per call; the calls under way now in scope (of any day and whatever the range).
     */
    public record Summary(Figures figures, long notAnswered, BigDecimal meanLongestSilenceSeconds, BigDecimal meanOvertalkSeconds,
                          BigDecimal meanHoldSeconds, long callsNow) {
    }

    /** A day's figures. */
    public record DayFigures(LocalDate day, Figures figures) {
    }

    /** A team's or queue's figures: its id (0 for none: an agent without a team, a call dialed directly) and name (null for none). */
    public record GroupFigures(long id, String name, Figures figures) {
    }

    /** How many answered calls were handled from {@code fromSeconds} up to {@code toSeconds} (null: no bound). */
    public record HandleBand(int band, int fromSeconds, Integer toSeconds, long calls) {
    }
}
