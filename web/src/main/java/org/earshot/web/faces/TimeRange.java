package org.earshot.web.faces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A from/to filter as the console's date pickers fill it. Times are entered in UTC, as the console
 * shows them (see {@link Formats}); either end may be open (null).
 */
public class TimeRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime from;
    private LocalDateTime to;

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
