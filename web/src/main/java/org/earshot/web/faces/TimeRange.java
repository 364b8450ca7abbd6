package org.earshot.web.faces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A from/to filter as the console's date pickers fill it. Times are entered in UTC, as the console
 * shows them (see {@link Formats}); either end may be open (null).
 */
public class TimeRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime from;
    private LocalDateTime to;

    /** Both ends open: any time. */
    public TimeRange() {
    }

    /**
     * The last 7 days: from a week ago (to the minute, as the pickers show it), no end. The lists of
     * calls and recordings open on it rather than on all history: over a million calls, the count of
     * a page is quick only from a start time (see docs/benchmarks.md, "Dashboards and lists at scale").
     */
    public static TimeRange lastWeek() {
        TimeRange range = new TimeRange();
        range.from = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusDays(7);
        return range;
    }

    public Instant fromInstant() {
        return utc(from);
    }

    public Instant toInstant() {
        return utc(to);
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
