package org.earshot.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The period a sampling rule's numbers are per: a week from Monday, or a calendar month, in the contact center's zone. */
public enum SamplingPeriod {
    WEEK, MONTH;

    /** The period holding the day, from its first midnight to the next period's, in the zone. */
    public PeriodWindow containing(LocalDate day, ZoneId zone) {
        LocalDate first = this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        LocalDate next = this == WEEK ? first.plusWeeks(1) : first.plusMonths(1);
        return new PeriodWindow(first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
    }

    /** The whole period just before the one holding the day: what a draw run on that day samples. */
    public PeriodWindow before(LocalDate day, ZoneId zone) {
        return containing(this == WEEK ? day.minusWeeks(1) : day.minusMonths(1), zone);
    }
}
