package org.earshot.telephony.sip;

import org.earshot.telephony.api.SecurityReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.earshot.telephony.testing.TestClock;
import org.junit.jupiter.api.Test;

/** Incidents become one report per source per interval, and the tally stays bounded whatever the flood. */
class IncidentTallyTest {

    private static final Instant START = Instant.parse("2026-12-06T20:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final IncidentTally tally = new IncidentTally(3, clock);

    @Test
    void manyIncidentsOfOneSourceInOneIntervalMakeOneReport() {
        for (int attempt = 0; attempt < 12; attempt++) {
            tally.failedDigest("192.0.2.7", List.of("1001", "1002", "admin").get(attempt % 3));
        }
        IntStream.range(0, 240).forEach(i -> tally.rateLimited("192.0.2.7"));
        tally.malformed("192.0.2.7");
        clock.advance(Duration.ofMinutes(1));

        List<SecurityReport> reports = tally.close();

        assertThat(reports).containsExactly(new SecurityReport("192.0.2.7", START, START.plusSeconds(60), 12,
                List.of("1001", "1002", "admin"), false, 240, 1));
        assertThat(reports.get(0).describe()).isEqualTo("12 failed digest authentications for 3 usernames "
                + "(1001, 1002, admin); rate limit tripped 240 times; 1 malformed message");
    }

    @Test
    void eachSourceHasItsReportAndTheNextIntervalStartsAfresh() {
        tally.failedDigest("192.0.2.1", "1001");
        tally.rateLimited("192.0.2.2");
        clock.advance(Duration.ofMinutes(1));

        assertThat(tally.close()).extracting(SecurityReport::source).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");

        tally.malformed("192.0.2.1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tally.close()).containsExactly(new SecurityReport("192.0.2.1", START.plusSeconds(60),
                START.plusSeconds(120), 0, List.of(), false, 0, 1));
    }

    @Test
    void aQuietIntervalReportsNothing() {
        clock.advance(Duration.ofMinutes(1));

        assertThat(tally.close()).isEmpty();
    }

    @Test
    void sourcesBeyondTheBoundAreCountedTogether() {
        for (int source = 1; source <= 1000; source++) {
            tally.rateLimited("198.51.100." + source);
        }

        List<SecurityReport> reports = tally.close();

        assertThat(reports).hasSize(4);
        assertThat(reports).filteredOn(report -> report.source().equals(SecurityReport.OTHER_SOURCES))
                .singleElement().extracting(SecurityReport::rateLimited).isEqualTo(997L);
        assertThat(reports.stream().mapToLong(SecurityReport::rateLimited).sum()).isEqualTo(1000);
    }

    @Test
    void usernamesAreKeptUpToTheLimitAndTheRestOnlyCounted() {
        for (int user = 0; user < 50; user++) {
            tally.failedDigest("192.0.2.9", "user" + user);
        }

        SecurityReport report = tally.close().get(0);

        assertThat(report.failedAuthentications()).isEqualTo(50);
        assertThat(report.usernames()).hasSize(SecurityReport.MAX_USERNAMES).startsWith("user0", "user1");
        assertThat(report.moreUsernames()).isTrue();
        assertThat(report.describe()).startsWith("50 failed digest authentications for more than 20 usernames (user0, ");
    }
}
