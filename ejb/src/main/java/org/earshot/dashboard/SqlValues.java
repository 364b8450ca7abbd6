package org.earshot.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The values the dashboards' native queries answer, as Java: counts and sums (null is 0), decimals, days
 * and moments, whichever JDBC type the database hands over (PostgreSQL and H2 differ), and figures
 * rounded to two places.
 */
final class SqlValues {

    private SqlValues() {
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Instant at) {
            return at;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static LocalDate instantDay(Object value) {
        return LocalDate.ofInstant(instant(value), ZoneOffset.UTC);
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The part as a percentage of the whole, to two places; null of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The mean, to two places; null of nothing. */
    static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
