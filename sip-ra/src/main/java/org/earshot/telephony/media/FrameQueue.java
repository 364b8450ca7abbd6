package org.earshot.telephony.media;

import java.nio.ByteBuffer;

/**
 * One party's decoded audio between its packets and the mixer's ticks. The media thread adds what
 * arrives (with when it arrived), the mixer takes one 20 ms frame per tick. A packet that comes
 * after its tick is mixed on the next one instead of being lost, and from then on the party keeps
 * that frame of slack, so that its jitter around the tick never empties the queue again. The slack
 * is given up (one frame dropped, the added delay back under a frame) only once the party's frames
 * have all come well before their ticks for five seconds: then dropping it cannot make the next
 * frame miss. The party the ticks follow needs no slack, as the tick waits for its frame: a frame
 * it has queued (after a burst of packets) is dropped once its frames have all been in by their
 * ticks for half a second. At most three frames wait; more (a burst) push the oldest frame out.
 */
final class FrameQueue {

    private static final int FRAME = RtpStream.FRAME_SAMPLES;
    private static final int FRAMES = 3;
    private static final int CAPACITY = FRAMES * FRAME;
    private static final int TICKS_BEFORE_CATCHING_UP = 250;
    /** The party the ticks wait for never needs slack: what it has queued (after a burst) goes after half a second. */
    private static final int TICKS_BEFORE_THE_LEADER_CATCHES_UP = 25;
    /** How long before its tick a frame must have come for the slack to count as unneeded. */
    private static final long CATCH_UP_MARGIN_NANOS = 2_000_000L;

    private final short[] samples = new short[CAPACITY];
    /** When each queued frame was completed, by its place: frame n of the party's audio at n % FRAMES. */
    private final long[] completedAt = new long[FRAMES];
    private long added;
    private long taken;
    private long lastArrival = Long.MIN_VALUE;
    private int ticksWithUnneededSlack;

    /** Decodes a packet's payload (from {@code payloadStart} to the limit) and queues it; a full queue drops its oldest frame. */
    synchronized void add(ByteBuffer packet, int payloadStart, G711 law, long arrivedNanos) {
        for (int i = payloadStart; i < packet.limit(); i++) {
            if (added - taken == CAPACITY) {
                taken += FRAME;
            }
            samples[(int) (added % CAPACITY)] = law.decode(packet.get(i));
            added++;
            if (added % FRAME == 0) {
                completedAt[(int) (added / FRAME - 1) % FRAMES] = arrivedNanos;
            }
        }
        lastArrival = arrivedNanos;
    }

    /**
     * The frame for the tick at {@code tickNanos}, or null when less than a frame arrived since the
     * last one (the party is silent, or late, for this tick).
     *
     * @param tickWaitsForIt whether the tick waits for this party's late frames (it leads the mix)
     */
    synchronized short[] next(long tickNanos, boolean tickWaitsForIt) {
        if (!hasFrame()) {
            ticksWithUnneededSlack = 0;
            return null;
        }
        short[] frame = new short[FRAME];
        for (int i = 0; i < FRAME; i++) {
            frame[i] = samples[(int) ((taken + i) % CAPACITY)];
        }
        taken += FRAME;
        long margin = tickWaitsForIt ? 0 : CATCH_UP_MARGIN_NANOS;
        if (hasFrame() && tickNanos - newestFrameCompletedAt() >= margin) {
            if (++ticksWithUnneededSlack >= (tickWaitsForIt ? TICKS_BEFORE_THE_LEADER_CATCHES_UP : TICKS_BEFORE_CATCHING_UP)) {
                taken += FRAME;
                ticksWithUnneededSlack = 0;
            }
        } else {
            ticksWithUnneededSlack = 0;
        }
        return frame;
    }

    /** Whether a whole frame waits. */
    synchronized boolean hasFrame() {
        return added - taken >= FRAME;
    }

    /** When the party's last packet came ({@link Long#MIN_VALUE} before the first). */
    synchronized long lastArrivalNanos() {
        return lastArrival;
    }

    /** Samples waiting now. */
    synchronized int waiting() {
        return (int) (added - taken);
    }

    private long newestFrameCompletedAt() {
        return completedAt[(int) ((added / FRAME - 1) % FRAMES)];
    }
}
