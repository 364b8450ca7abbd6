package org.earshot.telephony.media;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One channel of a call's recording between the relay thread and the recording thread: a ring of
 * decoded samples addressed by their position on the recording's timeline (samples since it
 * started). The relay thread writes each packet where its RTP timestamp puts it; the recording
 * thread takes the region that is final, from where it took last, and zeroes it behind itself, so a
 * position nothing was written to is taken as silence and the timeline never skips. A packet for a
 * region already taken (too late) or beyond the ring (too far ahead) is dropped and counted.
 */
final class RecordingTimeline {

    private final short[] ring;
    /** Whether packets add to what is there (several supervisors speaking at once) instead of replacing it. */
    private final boolean summing;
    /** Where the next take starts: everything before it went to the sink. */
    private long taken;
    /** The span written to since the last take that is not taken yet; empty when {@code writtenFrom >= writtenUntil}. */
    private long writtenFrom = Long.MAX_VALUE;
    private long writtenUntil = Long.MIN_VALUE;
    /** The end of the latest sample ever written: a recording that ends takes everything up to it. */
    private long end;
    private long dropped;

    RecordingTimeline(int capacity, boolean summing) {
        this.ring = new short[capacity];
        this.summing = summing;
    }

    /**
     * Decodes the packet's payload (from {@code payloadStart} to its limit) to the timeline from
     * {@code position} on; false (and counted) when it does not fit between what was taken and the
     * end of the ring.
     */
    synchronized boolean write(long position, ByteBuffer packet, int payloadStart, G711 law) {
        int length = packet.limit() - payloadStart;
        if (position < taken || position + length > taken + ring.length) {
            dropped++;
            return false;
        }
        // the ring wraps at most once within a packet: two contiguous runs, no division per sample
        int index = (int) (position % ring.length);
        int first = Math.min(length, ring.length - index);
        law.decode(packet, payloadStart, first, ring, index, summing);
        law.decode(packet, payloadStart + first, length - first, ring, 0, summing);
        writtenFrom = Math.min(writtenFrom, position);
        writtenUntil = Math.max(writtenUntil, position + length);
        end = Math.max(end, position + length);
        return true;
    }

    /** The samples from the last take up to {@code until} (at most a ring's worth), zeroed behind. */
    synchronized short[] take(long until) {
        int length = (int) Math.min(Math.max(0, until - taken), ring.length);
        short[] block = new short[length];
        int index = (int) (taken % ring.length);
        int first = Math.min(length, ring.length - index);
        System.arraycopy(ring, index, block, 0, first);
        System.arraycopy(ring, 0, block, first, length - first);
        Arrays.fill(ring, index, index + first, (short) 0);
        Arrays.fill(ring, 0, length - first, (short) 0);
        taken += length;
        if (writtenUntil <= taken) {
            writtenFrom = Long.MAX_VALUE;
            writtenUntil = Long.MIN_VALUE;
        } else {
            writtenFrom = Math.max(writtenFrom, taken);
        }
        return block;
    }

    /** Whether a packet was written anywhere in the region the next take up to {@code until} covers. */
    synchronized boolean writtenBefore(long until) {
        return writtenFrom < Math.min(until, taken + ring.length) && writtenUntil > taken;
    }

    /** The end of everything written so far. */
    synchronized long end() {
        return end;
    }

    /** Where the next take starts. */
    synchronized long taken() {
        return taken;
    }

    /** Packets dropped as too late or too far ahead. */
    synchronized long dropped() {
        return dropped;
    }
}
