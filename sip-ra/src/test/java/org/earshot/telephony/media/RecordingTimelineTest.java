package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A channel's timeline: packets land where they are placed, what is taken is zeroed, and what does not fit is dropped. */
class RecordingTimelineTest {

    private static final int HEADER = 12;

    @Test
    void aPacketLandsAtItsPositionAndSilenceSurroundsIt() {
        RecordingTimeline timeline = new RecordingTimeline(100, false);

        assertThat(timeline.write(10, packet(G711.PCMU, 1000, 2000, 3000), HEADER, G711.PCMU)).isTrue();

        short[] taken = timeline.take(20);
        assertThat(taken).hasSize(20);
        assertThat(taken[10]).isEqualTo(decoded(G711.PCMU, 1000));
        assertThat(taken[12]).isEqualTo(decoded(G711.PCMU, 3000));
        assertThat(taken[9]).isZero();
        assertThat(taken[13]).isZero();
        assertThat(timeline.take(40)).as("what was taken is silence when the ring comes round").containsOnly((short) 0);
    }

    @Test
    void packetsTooLateOrTooFarAheadAreDroppedAndCounted() {
        RecordingTimeline timeline = new RecordingTimeline(100, false);
        timeline.take(50);

        assertThat(timeline.write(48, packet(G711.PCMA, 500, 500, 500), HEADER, G711.PCMA)).as("partly taken already").isFalse();
        assertThat(timeline.write(148, packet(G711.PCMA, 500, 500, 500), HEADER, G711.PCMA)).as("beyond the ring").isFalse();
        assertThat(timeline.write(147, packet(G711.PCMA, 500, 500, 500), HEADER, G711.PCMA)).as("the ring's last samples").isTrue();
        assertThat(timeline.dropped()).isEqualTo(2);
    }

    @Test
    void summedSupervisorsClipAndAreSeenOnlyInTheRegionTheyWrote() {
        RecordingTimeline timeline = new RecordingTimeline(100, true);
        timeline.write(30, packet(G711.PCMU, 30000), HEADER, G711.PCMU);
        timeline.write(30, packet(G711.PCMU, 30000), HEADER, G711.PCMU);

        assertThat(timeline.writtenBefore(30)).as("nothing written before position 30").isFalse();
        assertThat(timeline.take(30)).containsOnly((short) 0);
        assertThat(timeline.writtenBefore(40)).isTrue();
        assertThat(timeline.take(40)[0]).isEqualTo(Short.MAX_VALUE);
        assertThat(timeline.writtenBefore(80)).as("all of it taken").isFalse();
    }

    @Test
    void aPacketAcrossTheRingsEndWrapsAndIsTakenWhole() {
        RecordingTimeline timeline = new RecordingTimeline(100, false);
        timeline.take(98);

        assertThat(timeline.write(98, packet(G711.PCMU, 1000, 2000, 3000, 4000), HEADER, G711.PCMU)).isTrue();

        assertThat(timeline.take(102)).containsExactly(decoded(G711.PCMU, 1000), decoded(G711.PCMU, 2000),
                decoded(G711.PCMU, 3000), decoded(G711.PCMU, 4000));
        assertThat(timeline.take(200)).as("zeroed on both sides of the ring's end").containsOnly((short) 0);
    }

    private static ByteBuffer packet(G711 law, int... samples) {
        ByteBuffer packet = ByteBuffer.allocate(HEADER + samples.length);
        packet.position(HEADER);
        for (int sample : samples) {
            packet.put(law.encode(sample));
        }
        return packet.flip();
    }

    private static short decoded(G711 law, int sample) {
        return law.decode(law.encode(sample));
    }
}
