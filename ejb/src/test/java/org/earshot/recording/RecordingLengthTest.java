package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A recording is short when it misses more than 10 % (at least 2 s) of its call's answered part. */
class RecordingLengthTest {

    private static final Instant ANSWERED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aRecordingAsLongAsTheCallIsNotShort() {
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(60), 0, 59_000)).isZero();
    }

    @Test
    void withinTenPercentIsNotShort() {
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(600), 0, 541_000)).isZero();
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(600), 0, 539_000)).isEqualTo(61_000);
    }

    @Test
    void aShortCallHasTwoSecondsOfTolerance() {
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(10), 0, 8_500)).isZero();
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(10), 0, 7_500)).isEqualTo(2_500);
    }

    @Test
    void whatWentByBeforeAnOnDemandStartIsNotExpected() {
        assertThat(RecordingLength.shortfall(ANSWERED, ANSWERED.plusSeconds(60), 30_000, 29_500)).isZero();
    }

    @Test
    void aCallNeverAnsweredOrNotEndedExpectsNothing() {
        assertThat(RecordingLength.shortfall(null, ANSWERED, 0, 0)).isZero();
        assertThat(RecordingLength.shortfall(ANSWERED, null, 0, 0)).isZero();
    }
}
