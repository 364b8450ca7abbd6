package org.earshot.telephony.media;

import java.nio.ByteBuffer;

/**
 * One party's decoded audio between its packets and the mixer's ticks. The media thread adds what
 * arrives, the mixer takes one 20 ms frame per tick. It holds at most two frames: a packet that
 * comes a little late is then still mixed on the next tick instead of being lost, and the delay it
 * adds is bounded. When a second frame has been waiting behind the first for a whole second, the
 * party's packets run ahead of the tick (a late packet long ago, or a faster clock), so the older
 * frame is dropped to bring the added delay back under one frame.
 */
final class FrameQueue {

    private static final int FRAME = RtpStream.FRAME_SAMPLES;
    private static final int CAPACITY = 2 * FRAME;
    private static final int TICKS_BEFORE_CATCHING_UP = 50;

    private final short[] samples = new short[CAPACITY];
    private int start;
    private int size;
    private int ticksAhead;

    /** Decodes a packet's payload (from {@code payloadStart} to the limit) and queues it, the oldest samples giving way. */
    synchronized void add(ByteBuffer packet, int payloadStart, G711 law) {
        for (int i = payloadStart; i < packet.limit(); i++) {
            if (size == CAPACITY) {
                start = (start + 1) % CAPACITY;
                size--;
            }
            samples[(start + size) % CAPACITY] = law.decode(packet.get(i));
            size++;
        }
    }

    /** The next frame, or null when less than a frame arrived since the last one (the party is silent for this tick). */
    synchronized short[] next() {
        if (size < FRAME) {
            ticksAhead = 0;
            return null;
        }
        short[] frame = new short[FRAME];
        for (int i = 0; i < FRAME; i++) {
            frame[i] = samples[(start + i) % CAPACITY];
        }
        drop();
        if (size < FRAME) {
            ticksAhead = 0;
        } else if (++ticksAhead >= TICKS_BEFORE_CATCHING_UP) {
            drop();
            ticksAhead = 0;
        }
        return frame;
    }

    /** Samples waiting now. */
    synchronized int waiting() {
        return size;
    }

    private void drop() {
        start = (start + FRAME) % CAPACITY;
        size -= FRAME;
    }
}
