package org.earshot.telephony.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordingEndTest {

    @Test
    void aCompleteEndWithNothingLeftOutSaysSoInOneWord() {
        assertThat(RecordingEnd.CALL_ENDED.detail()).isEqualTo("complete");
        assertThat(RecordingEnd.ofDetail("complete")).isEqualTo(new RecordingEnd(true, null, 0));
    }

    @Test
    void packetsLeftOutTravelWithTheEndAndComeBack() {
        RecordingEnd end = RecordingEnd.CALL_ENDED.leavingOut(17);
        assertThat(end.detail()).isEqualTo("complete; packets left out: 17");
        assertThat(RecordingEnd.ofDetail(end.detail())).isEqualTo(new RecordingEnd(true, null, 17));

        RecordingEnd failed = RecordingEnd.failed("No space left on device").leavingOut(3);
        assertThat(failed.detail()).isEqualTo("incomplete: No space left on device; packets left out: 3");
        assertThat(RecordingEnd.ofDetail(failed.detail())).isEqualTo(failed);
    }

    @Test
    void aReasonThatLooksLikeACountButIsNotOneStaysTheReason() {
        assertThat(RecordingEnd.ofDetail("incomplete: disk; packets left out: many"))
                .isEqualTo(new RecordingEnd(false, "disk; packets left out: many", 0));
    }

    @Test
    void aDetailOfAnotherFormIsAnIncompleteEndSayingIt() {
        assertThat(RecordingEnd.ofDetail("stopped by the operator")).isEqualTo(new RecordingEnd(false, "stopped by the operator", 0));
        assertThat(RecordingEnd.ofDetail(null)).isEqualTo(new RecordingEnd(false, "stopped without a reason", 0));
    }
}
