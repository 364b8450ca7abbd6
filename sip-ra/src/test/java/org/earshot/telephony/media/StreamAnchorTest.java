package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class StreamAnchorTest {

    private static final InetSocketAddress PHONE = new InetSocketAddress("127.0.0.1", 40000);
    private static final int SSRC = 0x1234;
    private static final int FRAME = 160;

    private final StreamAnchor anchor = new StreamAnchor();

    @Test
    void aFirstPacketThatArrivesWithinAFrameOfTheStartBeginsTheTimeline() {
        assertThat(anchor.place(SSRC, PHONE, 5000, 40, FRAME)).as("ending at its arrival would be before the start").isZero();
        assertThat(anchor.place(SSRC, PHONE, 5000 + FRAME, 40 + FRAME, FRAME)).isEqualTo(FRAME);
    }

    @Test
    void laterPacketsArePlacedByTheirTimestampWhateverTheirJitter() {
        assertThat(anchor.place(SSRC, PHONE, 5000, 1600, FRAME)).isEqualTo(1440);
        assertThat(anchor.place(SSRC, PHONE, 5000 + 10 * FRAME, 1600 + 10 * FRAME + 900, FRAME)).isEqualTo(1440 + 10 * FRAME);
    }

    @Test
    void aBurstOfLatePacketsLosesOnlyThoseAndTheStreamStaysWhereItWas() {
        anchor.place(SSRC, PHONE, 5000, 1600, FRAME);
        for (int late = 1; late <= 20; late++) { // 400 ms of packets the timeline could not take
            anchor.place(SSRC, PHONE, 5000 + late * FRAME, 8000, FRAME);
            anchor.lost(5000 + late * FRAME);
        }
        long next = anchor.place(SSRC, PHONE, 5000 + 21 * FRAME, 8100, FRAME);
        assertThat(next).as("not anchored anew at the burst's arrival").isEqualTo(1440 + 21 * FRAME);
    }

    @Test
    void packetsTheTimelineCannotTakeForASecondAnchorTheStreamAnew() {
        anchor.place(SSRC, PHONE, 5000, 1600, FRAME);
        for (int late = 1; late <= 52; late++) { // a sender whose clock drifted: more than a second of its packets refused
            anchor.place(SSRC, PHONE, 5000 + late * FRAME, 30000 + late * FRAME, FRAME);
            anchor.lost(5000 + late * FRAME);
        }
        assertThat(anchor.place(SSRC, PHONE, 5000 + 53 * FRAME, 40000, FRAME)).as("placed where it arrived").isEqualTo(40000 - FRAME);
    }

    @Test
    void anotherStreamIsAnchoredWhereItArrives() {
        anchor.place(SSRC, PHONE, 5000, 1600, FRAME);
        assertThat(anchor.place(SSRC + 1, PHONE, 90000, 4000, FRAME)).as("a new SSRC").isEqualTo(4000 - FRAME);
        assertThat(anchor.place(SSRC + 1, new InetSocketAddress("127.0.0.1", 40002), 90000 + FRAME, 6000, FRAME))
                .as("a new source").isEqualTo(6000 - FRAME);
    }
}
