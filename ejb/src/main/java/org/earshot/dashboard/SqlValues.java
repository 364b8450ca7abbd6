package org.earshot.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Date;
import java.sql.Timestamp;

/**
 * The values of native SQL results as the dashboards show them. The JDBC drivers differ in the types they
 * hand over (PostgreSQL and H2: Long or Integer or BigDecimal for a count, Date or LocalDate for a day,
 * Timestamp, OffsetDateTime or Instant for a moment), so every dashboard reads them through here; and
 * every figure is rounded and every percentage taken the same way.
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
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Instant at) {
            return at;
        }
        return ((Timestamp) value).toInstant();
    }

    /** The UTC day of a moment. */
    static LocalDate instantDay(Object value) {
        return LocalDate.ofInstant(instant(value), ZoneOffset.UTC);
    }

    /** Two decimals, half up: how every mean and rate is shown. */
    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part} of {@code whole} in percent with two decimals; null of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} values adding up to {@code sum}, with two decimals; null of none. */
    static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} durations adding up to {@code millis}, in seconds with two decimals; null of none. */
    static BigDecimal meanSeconds(long millis, long count) {
        return count == 0 ? null : BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(count * 1000), 2, RoundingMode.HALF_UP);
    }
}
