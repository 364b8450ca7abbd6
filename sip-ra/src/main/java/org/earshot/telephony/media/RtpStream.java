package org.earshot.telephony.media;

import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Everything Earshot sends to one party, as one RTP stream (RFC 3550 §5.1) for the whole call:
 * the other party's packets relayed, the mix while the call is monitored, prompts, and the
 * supervisor's packets after a takeover. Phones track the stream they receive by its timestamps
 * (baresip, for one, throws away every packet whose timestamp is behind the last one, whatever its
 * SSRC), so a change of what is sent must not show as a jump: every packet gets Earshot's SSRC for
 * this party and the next sequence number, and the timestamps go on from the last packet by the
 * time that passed. A relayed source keeps its own timestamp spacing (its silences, its RFC 4733
 * events that repeat one timestamp), shifted onto this stream's timeline when it starts or comes
 * back; the first packet after a change carries the marker bit, so the phone's jitter buffer
 * resynchronises as at the start of a talkspurt.
 *
 * <p>Called from the relay thread, the mixer and prompt players alike, hence synchronized.
 */
final class RtpStream {

    static final long FRAME_NANOS = 20_000_000L;
    static final int FRAME_SAMPLES = 160;
    static final int HEADER = 12;
    private static final int MARKER = 0x80;

    private final int ssrc;
    private int nextSequence;
    private boolean started;
    /** The newest timestamp sent, and when: where the timeline goes on from after a change. */
    private int lastTimestamp;
    private long lastNanos;
    /** Whether the last packet was Earshot's own (mixed or a prompt) rather than relayed. */
    private boolean ownSentLast;
    /** The relayed source and how its timestamps are shifted onto this stream's. */
    private boolean relaying;
    private int sourceSsrc;
    private int sourceLastTimestamp;
    private int timestampShift;

    RtpStream() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.ssrc = random.nextInt();
        this.nextSequence = random.nextInt(1 << 16);
        this.lastTimestamp = random.nextInt();
    }

    /**
     * Writes the header of Earshot's next own packet of 20 ms (version 2, no CSRC or extension) at
     * the buffer's position: 160 samples on from the last own one, or, when {@code startsAfresh}
     * (a new prompt) or after relayed packets, on from the last packet by the time that passed.
     */
    synchronized void writeOwnHeader(ByteBuffer packet, int payloadType, boolean startsAfresh, long nowNanos) {
        boolean change = !started || !ownSentLast || startsAfresh;
        int timestamp = change ? timestampGoingOnAt(nowNanos) : lastTimestamp + FRAME_SAMPLES;
        packet.put((byte) 0x80);
        packet.put((byte) ((change ? MARKER : 0) | payloadType));
        packet.putShort((short) nextSequence++);
        packet.putInt(timestamp);
        packet.putInt(ssrc);
        ownSentLast = true;
        sent(timestamp, nowNanos);
    }

    /** Rewrites the header of a packet relayed to the party (from its position on) into this stream. */
    synchronized void relay(ByteBuffer packet, long nowNanos) {
        int start = packet.position();
        int source = packet.getInt(start + 8);
        int sourceTimestamp = packet.getInt(start + 4);
        // an RFC 4733 event repeats its timestamp in every packet: it keeps its shift even between mixed frames
        boolean change = !relaying || source != sourceSsrc || (ownSentLast && sourceTimestamp != sourceLastTimestamp);
        if (change) {
            boolean audio = G711.ofPayloadType(packet.get(start + 1) & 0x7F).isPresent();
            timestampShift = (audio ? timestampGoingOnAt(nowNanos) : timestampOfNow(nowNanos)) - sourceTimestamp;
            sourceSsrc = source;
            relaying = true;
            packet.put(start + 1, (byte) (packet.get(start + 1) | MARKER));
        }
        sourceLastTimestamp = sourceTimestamp;
        int timestamp = sourceTimestamp + timestampShift;
        packet.putShort(start + 2, (short) nextSequence++);
        packet.putInt(start + 4, timestamp);
        packet.putInt(start + 8, ssrc);
        if (sent(timestamp, nowNanos)) {
            ownSentLast = false; // an event's repeats between mixed frames do not interrupt them
        }
    }

    int ssrc() {
        return ssrc;
    }

    /** Notes a packet sent; whether its timestamp moved the timeline on (newer, in 32-bit serial arithmetic). */
    private boolean sent(int timestamp, long nowNanos) {
        boolean newer = !started || timestamp - lastTimestamp > 0;
        if (newer) {
            lastTimestamp = timestamp;
            lastNanos = nowNanos;
        }
        started = true;
        return newer;
    }

    /** The timestamp of audio sent now after a change: the last one plus the frames since, at least one (it must be newer). */
    private int timestampGoingOnAt(long nowNanos) {
        if (!started) {
            return lastTimestamp;
        }
        long frames = Math.max(1, Math.round((nowNanos - lastNanos) / (double) FRAME_NANOS));
        return (int) (lastTimestamp + frames * FRAME_SAMPLES);
    }

    /** The timeline's position now, for an RFC 4733 event starting: it must not run ahead of the audio around it. */
    private int timestampOfNow(long nowNanos) {
        return started ? (int) (lastTimestamp + (nowNanos - lastNanos) / FRAME_NANOS * FRAME_SAMPLES) : lastTimestamp;
    }
}
