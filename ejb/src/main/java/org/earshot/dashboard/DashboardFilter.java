package org.earshot.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.earshot.rules.FieldViolation;

/**
 * What a dashboard is asked about: the days from and to (both included, UTC), and optionally one site,
 * team, queue and agent and some forms (scorecards). Every dashboard takes the same filter, narrowed to
 * the caller's scope by {@link DashboardAccess}.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Long siteId, Long teamId, Long queueId, Long agentId, Set<Long> formIds) {

    /**
     * The longest range, in days: a year and a day, so that a year on year comparison fits; longer ranges
     * are a report, not a dashboard.
     */
    public static final int MAX_DAYS = 366;

    /** Without dates, the last 30 days up to today. */
    public static final int DEFAULT_DAYS = 30;

    public DashboardFilter {
        formIds = formIds == null ? Set.of() : Set.copyOf(formIds);
    }

    /** The filter with the last {@value #DEFAULT_DAYS} days for missing dates. */
    public DashboardFilter withDefaultRange(LocalDate today) {
        LocalDate end = to == null ? today : to;
        return new DashboardFilter(from == null ? end.minusDays(DEFAULT_DAYS - 1) : from, end, siteId, teamId, queueId, agentId, formIds);
    }

    /** The days the filter spans, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** What is wrong with the range, each on its field. */
    public List<FieldViolation> faults() {
        List<FieldViolation> faults = new ArrayList<>();
        if (from == null) {
            faults.add(new FieldViolation("from", "Give the first day"));
        }
        if (to == null) {
            faults.add(new FieldViolation("to", "Give the last day"));
        }
        if (faults.isEmpty() && to.isBefore(from)) {
            faults.add(new FieldViolation("to", "The last day " + to + " is before the first " + from));
        } else if (faults.isEmpty() && days() > MAX_DAYS) {
            faults.add(new FieldViolation("to", "The range spans " + days() + " days; at most " + MAX_DAYS + " are allowed"));
        }
        return faults;
    }
}
