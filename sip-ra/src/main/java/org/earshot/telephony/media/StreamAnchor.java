package org.earshot.telephony.media;

import java.net.InetSocketAddress;

/**
 * Where one party's RTP stream lands on a recording's timeline: its first packet is placed where it
 * arrived (ending at its arrival), and every later packet by how far its RTP timestamp is from that
 * first one, so jitter moves nothing and a gap stays a gap of the right length. A new stream is
 * anchored anew: another SSRC or source (a transfer's new agent), a timestamp that jumps more than
 * a second either way (a phone that restarted its stream), or a packet the timeline could not take
 * (the sender's clock drifted away from Earshot's). Used on the relay thread only.
 */
final class StreamAnchor {

    /** A second of samples: farther than any jitter or silence suppression moves a timestamp within one stream. */
    private static final long LONGEST_JUMP = 8000;

    private boolean anchored;
    private int ssrc;
    private InetSocketAddress source;
    private long anchorPosition;
    private long anchorTimestamp;
    private long lastTimestamp;

    /**
     * The timeline position of a packet's first sample.
     *
     * @param arrivalPosition the timeline position of the moment the packet arrived
     * @param samples         how many samples the packet carries
     */
    long place(int packetSsrc, InetSocketAddress packetSource, long timestamp, long arrivalPosition, int samples) {
        if (!anchored || packetSsrc != ssrc || !packetSource.equals(source)
                || Math.abs(since(timestamp, lastTimestamp)) > LONGEST_JUMP) {
            anchored = true;
            ssrc = packetSsrc;
            source = packetSource;
            anchorPosition = arrivalPosition - samples;
            anchorTimestamp = timestamp;
        }
        lastTimestamp = timestamp;
        return anchorPosition + since(timestamp, anchorTimestamp);
    }

    /** The packet just placed could not be written: the stream is anchored anew at its next packet. */
    void lost() {
        anchored = false;
    }

    /** Samples from one 32-bit RTP timestamp to another, across a wrap. */
    private static long since(long timestamp, long earlier) {
        return (int) (timestamp - earlier);
    }
}
