package org.earshot.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.recording.RecordingStatus;
import org.junit.jupiter.api.Test;

/** What an evaluation's page says about its call's recording, from the call's state and the recording's. */
class RecordingAvailabilityTest {

    @Test
    void whileTheCallIsUnderWayTheRecordingFollowsItsEnd() {
        assertThat(RecordingAvailability.of(true, null)).isEqualTo(RecordingAvailability.UNDER_WAY);
        assertThat(RecordingAvailability.of(true, RecordingStatus.RECORDING)).isEqualTo(RecordingAvailability.UNDER_WAY_RECORDED);
        assertThat(RecordingAvailability.UNDER_WAY.notice()).contains("follows when the call ends");
        assertThat(RecordingAvailability.UNDER_WAY_RECORDED.notice()).contains("once the call ends");
    }

    @Test
    void aRecordingIsPlayedOnceItIsFinishedWholeOrNot() {
        assertThat(RecordingAvailability.of(false, RecordingStatus.COMPLETE)).isEqualTo(RecordingAvailability.PLAYABLE);
        assertThat(RecordingAvailability.of(false, RecordingStatus.INCOMPLETE)).isEqualTo(RecordingAvailability.PLAYABLE);
        assertThat(RecordingAvailability.PLAYABLE.notice()).isNull();
    }

    @Test
    void anEndedCallsRecordingStillBeingWrittenIsAwaitedAndAnUnrecordedCallHasNone() {
        assertThat(RecordingAvailability.of(false, RecordingStatus.RECORDING)).isEqualTo(RecordingAvailability.FINISHING);
        assertThat(RecordingAvailability.of(false, null)).isEqualTo(RecordingAvailability.NONE);
        assertThat(RecordingAvailability.NONE.notice()).isEqualTo("No recording of this call to play.");
    }

    @Test
    void thePageAsksAgainOnlyWhileSomethingIsToCome() {
        assertThat(RecordingAvailability.values()).filteredOn(RecordingAvailability::isAwaited)
                .containsExactlyInAnyOrder(RecordingAvailability.UNDER_WAY, RecordingAvailability.UNDER_WAY_RECORDED,
                        RecordingAvailability.FINISHING);
    }
}
