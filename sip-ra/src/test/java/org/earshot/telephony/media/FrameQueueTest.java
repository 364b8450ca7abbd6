package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A party's audio between its packets and the mixer's ticks, in virtual time: late packets still
 * count, jitter around the tick costs no frame, and the delay stays bounded.
 */
class FrameQueueTest {

    private static final int HEADER = RtpStream.HEADER;
    private static final long MS = 1_000_000L;
    private static final long FRAME = RtpStream.FRAME_NANOS;
    private final FrameQueue queue = new FrameQueue();

    @Test
    void aFrameIsDecodedInTheLawOfItsPacket() {
        queue.add(packet(G711.PCMA, (short) 1000), HEADER, G711.PCMA, 0);

        short[] frame = queue.next(FRAME, false);

        assertThat(frame).hasSize(160).containsOnly(G711.PCMA.decode(G711.PCMA.encode(1000)));
        assertThat(queue.next(2 * FRAME, false)).as("nothing more arrived: silence").isNull();
    }

    @Test
    void aLatePacketIsMixedOnTheNextTickInsteadOfLost() {
        assertThat(queue.next(0, false)).isNull(); // the tick came first
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, MS);
        queue.add(packet(G711.PCMU, (short) 200), HEADER, G711.PCMU, FRAME - MS);

        assertThat(value(queue.next(FRAME, false))).isEqualTo(decoded(100));
        assertThat(value(queue.next(2 * FRAME, false))).isEqualTo(decoded(200));
    }

    @Test
    void moreThanThreeFramesWaitingPushTheOldestOut() {
        for (int value = 100; value <= 400; value += 100) {
            queue.add(packet(G711.PCMU, (short) value), HEADER, G711.PCMU, 0);
        }

        assertThat(value(queue.next(FRAME, false))).isEqualTo(decoded(200));
        assertThat(value(queue.next(FRAME, false))).isEqualTo(decoded(300));
        assertThat(value(queue.next(FRAME, false))).isEqualTo(decoded(400));
    }

    @Test
    void aFrameOfSlackStaysWhileFramesComeCloseToTheirTicks() {
        queue.add(packet(G711.PCMU, (short) 0), HEADER, G711.PCMU, 0); // one frame ahead, as after a late packet
        for (int tick = 1; tick <= 1000; tick++) {
            queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, tick * FRAME - MS);
            assertThat(queue.next(tick * FRAME, false)).isNotNull();
            assertThat(queue.waiting()).as("tick " + tick).isEqualTo(160);
        }
    }

    @Test
    void aFrameOfSlackIsDroppedOnceEveryFrameCameWellBeforeItsTickForFiveSeconds() {
        queue.add(packet(G711.PCMU, (short) 0), HEADER, G711.PCMU, 0);
        for (int tick = 1; tick < 250; tick++) {
            queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, tick * FRAME - 5 * MS);
            queue.next(tick * FRAME, false);
            assertThat(queue.waiting()).as("tick " + tick).isEqualTo(160);
        }
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, 250 * FRAME - 5 * MS);
        queue.next(250 * FRAME, false);

        assertThat(queue.waiting()).isZero();
    }

    @Test
    void theSlackOfThePartyTheTicksWaitForIsGivenUpOnceItsFramesWereInByTheirTicksForHalfASecond() {
        queue.add(packet(G711.PCMU, (short) 0), HEADER, G711.PCMU, 0);
        for (int tick = 1; tick < 25; tick++) {
            queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, tick * FRAME - MS / 2);
            queue.next(tick * FRAME, true);
            assertThat(queue.waiting()).as("tick " + tick).isEqualTo(160);
        }
        queue.add(packet(G711.PCMU, (short) 100), HEADER, G711.PCMU, 25 * FRAME - MS / 2);
        queue.next(25 * FRAME, true);

        assertThat(queue.waiting()).isZero();
    }

    @Test
    void jitterAroundTheTickCostsOneSilentFrameAtMostAndDropsNone() {
        Random random = new Random(6);
        int frames = 5000;
        long[] arrivals = new long[frames + 1];
        for (int n = 1; n <= frames; n++) { // ±5 ms around 2 ms before the tick: half of them after it
            arrivals[n] = n * FRAME - 2 * MS + (long) ((random.nextDouble() * 2 - 1) * 5 * MS);
        }
        List<Integer> heard = new ArrayList<>();
        int silent = 0;
        int arrived = 0;
        for (int tick = 1; tick <= frames; tick++) {
            while (arrived < frames && arrivals[arrived + 1] <= tick * FRAME) {
                arrived++;
                queue.add(numbered(arrived), HEADER, G711.PCMU, arrivals[arrived]);
            }
            short[] frame = queue.next(tick * FRAME, false);
            if (frame == null) {
                silent++;
            } else {
                heard.add(numberOf(frame));
            }
        }

        assertThat(silent).as("ticks that found no frame").isLessThanOrEqualTo(1);
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)).as("frame after " + heard.get(i - 1)).isEqualTo((heard.get(i - 1) + 1) % 120);
        }
        assertThat(heard).hasSizeGreaterThanOrEqualTo(frames - 2);
    }

    /** A frame that carries n modulo 120 as its µ-law code (codes below 0x7F decode to distinct values). */
    private static ByteBuffer numbered(int n) {
        byte[] payload = new byte[160];
        Arrays.fill(payload, (byte) (n % 120));
        return ByteBuffer.allocate(HEADER + 160).position(HEADER).put(payload).flip();
    }

    private static int numberOf(short[] frame) {
        return G711.PCMU.encode(value(frame)) & 0xFF;
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
