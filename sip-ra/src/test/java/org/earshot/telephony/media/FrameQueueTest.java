package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A party's audio between its packets and the mixer's ticks: late packets still count, the delay stays bounded. */
class FrameQueueTest {

    private static final int HEADER = RtpStream.HEADER;
    private final FrameQueue queue = new FrameQueue();

    @Test
    void aFrameIsDecodedInTheLawOfItsPacket() {
        queue.add(packet(G711.PCMA, (short) 1000), HEADER, G711.PCMA);

        short[] frame = queue.next();

        assertThat(frame).hasSize(160).containsOnly(G711.PCMA.decode(G711.PCMA.encode(1000)));
        assertThat(queue.next()).as("nothing more arrived: silence").isNull();
    }

    @Test
    void aLatePacketIsMixedOnTheNextTickInsteadOfLost() {
        assertThat(queue.next()).isNull(); // the tick came first
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU);
        queue.add(packet(G711.PCMU, (short) 200), HEADER, G711.PCMU);

        assertThat(value(queue.next())).isEqualTo(decoded(100));
        assertThat(value(queue.next())).isEqualTo(decoded(200));
    }

    @Test
    void moreThanTwoFramesWaitingPushTheOldestOut() {
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU);
        queue.add(packet(G711.PCMU, (short) 200), HEADER, G711.PCMU);
        queue.add(packet(G711.PCMU, (short) 300), HEADER, G711.PCMU);

        assertThat(value(queue.next())).isEqualTo(decoded(200));
        assertThat(value(queue.next())).isEqualTo(decoded(300));
    }

    @Test
    void aFrameWaitingBehindAnotherForASecondIsDroppedSoTheDelayShrinksAgain() {
        queue.add(packet(G711.PCMU, (short) 0), HEADER, G711.PCMU); // one frame ahead, as after a late packet
        for (int tick = 0; tick < 49; tick++) {
            queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU);
            queue.next();
            assertThat(queue.waiting()).as("tick " + tick).isEqualTo(160);
        }
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU);
        queue.next();

        assertThat(queue.waiting()).isZero();
    }

    private static ByteBuffer packet(G711 law, short sample) {
        byte[] payload = new byte[160];
        Arrays.fill(payload, law.encode(sample));
        return ByteBuffer.allocate(HEADER + 160).position(HEADER).put(payload).flip();
    }

    private static short decoded(int sample) {
        return G711.PCMU.decode(G711.PCMU.encode(sample));
    }

    private static short value(short[] frame) {
        assertThat(frame).isNotNull().containsOnly(frame[0]);
        return frame[0];
    }
}
