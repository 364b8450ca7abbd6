package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A recording places events on its timeline and ends as the core or the startup recovery says. */
class RecordingTest {

    private static final Instant RINGING = Instant.parse("2026-03-01T23:59:58Z");
    private static final Instant ANSWER = Instant.parse("2026-03-02T00:00:01Z");

    private final Recording recording = new Recording("call-1", 5L, 2L, RINGING, new byte[] {1, 2}, 7,
            RecordingTerms.of(new RecordingPolicy(null, new RecordingPolicySettings(RecordingMode.ALL, 100, false, 30, true, null))));

    @Test
    void armedBeforeTheAnswerItsTimelineStartsAtTheAnswer() {
        recording.answered(ANSWER);
        recording.started(ANSWER.plusMillis(3), 0);

        assertThat(recording.offsetOf(ANSWER.plusMillis(2500))).isEqualTo(2500);
        assertThat(recording.offsetOf(RINGING)).as("before the timeline").isZero();
        assertThat(recording.getDay()).as("filed under the day it started").isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void startedOnAnAnsweredCallItsTimelineStartsWhenRecordingDid() {
        Instant onDemand = ANSWER.plusSeconds(30);
        recording.started(onDemand, 30_000);
        recording.answered(ANSWER);

        assertThat(recording.getNotRecordedMillis()).isEqualTo(30_000);
        assertThat(recording.offsetOf(onDemand.plusSeconds(1))).isEqualTo(1000);
    }

    @Test
    void completeStopKeepsLengthsAndRetention() {
        recording.stopped(ANSWER.plusSeconds(60), "complete", 960_000, 0);

        assertThat(recording.getStatus()).isEqualTo(RecordingStatus.COMPLETE);
        assertThat(recording.getIncompleteReason()).isNull();
        assertThat(recording.getCallBytes()).isEqualTo(960_000);
        assertThat(recording.getPacketsLeftOut()).isZero();
        assertThat(recording.getPurgeAfter()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void incompleteStopSaysWhy() {
        recording.stopped(ANSWER.plusSeconds(5), "incomplete: disk full", 1000, 0);

        assertThat(recording.getStatus()).isEqualTo(RecordingStatus.INCOMPLETE);
        assertThat(recording.getIncompleteReason()).isEqualTo("disk full");
    }

    @Test
    void packetsTheRecorderLeftOutAreKeptWithTheEnd() {
        recording.stopped(ANSWER.plusSeconds(60), "complete; packets left out: 12", 960_000, 0);

        assertThat(recording.getStatus()).isEqualTo(RecordingStatus.COMPLETE);
        assertThat(recording.getPacketsLeftOut()).isEqualTo(12);
    }

    @Test
    void aRecoveredRecordingIsNotReopenedByALateStop() {
        recording.recovered(ANSWER.plusSeconds(9), 4000, 0);
        recording.stopped(ANSWER.plusSeconds(10), "complete", 9000, 0);

        assertThat(recording.getStatus()).isEqualTo(RecordingStatus.INCOMPLETE);
        assertThat(recording.getIncompleteReason()).isEqualTo(Recording.SERVER_STOPPED);
        assertThat(recording.getCallBytes()).isEqualTo(4000);
    }
}
