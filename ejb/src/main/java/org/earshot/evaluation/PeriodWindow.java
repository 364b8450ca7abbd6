package org.earshot.evaluation;

import java.time.Instant;

/** A sampling period as instants: from {@code start} (included) to {@code end} (excluded). */
public record PeriodWindow(Instant start, Instant end) {

    public PeriodWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " .. " + end);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** Which of {@code slices} equal parts of the period the instant, inside it, falls in: 0 to slices - 1. */
    public int slice(Instant at, int slices) {
        long length = end.toEpochMilli() - start.toEpochMilli();
        return (int) ((at.toEpochMilli() - start.toEpochMilli()) * slices / length);
    }
}
