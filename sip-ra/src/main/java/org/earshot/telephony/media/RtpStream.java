package org.earshot.telephony.media;

import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An RTP stream Earshot originates (RFC 3550 §5.1): a random SSRC, random first sequence number
 * and timestamp, the marker bit on the first packet (the start of a talkspurt), then one sequence
 * number and 20 ms (160 samples at 8 kHz) of timestamp per packet, without gaps.
 */
final class RtpStream {

    static final long FRAME_NANOS = 20_000_000L;
    static final int FRAME_SAMPLES = 160;
    static final int HEADER = 12;

    private final int ssrc;
    private final int firstSequence;
    private final int firstTimestamp;
    private long packets;

    RtpStream() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.ssrc = random.nextInt();
        this.firstSequence = random.nextInt(1 << 16);
        this.firstTimestamp = random.nextInt();
    }

    /** Writes the header of the next packet (version 2, no CSRC or extension) and counts it. */
    void writeNextHeader(ByteBuffer packet, int payloadType) {
        packet.put((byte) 0x80);
        packet.put((byte) ((packets == 0 ? 0x80 : 0) | payloadType));
        packet.putShort((short) (firstSequence + packets));
        packet.putInt((int) (firstTimestamp + packets * FRAME_SAMPLES));
        packet.putInt(ssrc);
        packets++;
    }

    int ssrc() {
        return ssrc;
    }

    int firstSequence() {
        return firstSequence;
    }
}
