package org.earshot.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void theLastWeekStartsSevenDaysAgoToTheMinuteAndHasNoEnd() {
        TimeRange week = TimeRange.lastWeek();

        assertThat(week.fromInstant()).isCloseTo(Instant.now().minus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
        assertThat(week.getFrom().getSecond()).isZero();
        assertThat(week.toInstant()).isNull();
    }
}
