package org.earshot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.earshot.rules.FieldViolation;
import org.junit.jupiter.api.Test;

class DashboardFilterTest {

    private static DashboardFilter range(String from, String to) {
        return new DashboardFilter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null, null, null,
                null, Set.of());
    }

    @Test
    void aYearAndADayIsTheLongestRange() {
        assertThat(range("2025-01-01", "2026-01-01").days()).isEqualTo(366);
        assertThat(range("2025-01-01", "2026-01-01").faults()).isEmpty();
        assertThat(range("2025-01-01", "2026-01-02").faults())
                .containsExactly(new FieldViolation("to", "The range spans 367 days; at most 366 are allowed"));
    }

    @Test
    void aReversedRangeIsAFaultOfItsLastDay() {
        assertThat(range("2026-03-01", "2026-02-28").faults())
                .containsExactly(new FieldViolation("to", "The last day 2026-02-28 is before the first 2026-03-01"));
        assertThat(range("2026-03-01", "2026-03-01").faults()).as("one day").isEmpty();
    }

    @Test
    void withoutDatesTheLastThirtyDaysUpToToday() {
        DashboardFilter filled = range(null, null).withDefaultRange(LocalDate.parse("2026-12-07"));
        assertThat(filled.from()).isEqualTo(LocalDate.parse("2026-11-08"));
        assertThat(filled.to()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(filled.days()).isEqualTo(30);
        assertThat(range("2026-12-01", null).withDefaultRange(LocalDate.parse("2026-12-07")).to()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(range(null, null).faults()).extracting(FieldViolation::field).containsExactly("from", "to");
    }
}
