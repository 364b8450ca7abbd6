package org.earshot.web.home;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * "Today" and "this week" (from Monday) on the home pages, in UTC as the console writes every time
 * (Formats): an organization spans sites in several time zones.
 */
final class HomePeriods {

    private HomePeriods() {
    }

    static Instant today() {
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant thisWeek() {
        return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
