package org.earshot.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * The loudest sample of each channel of a stereo call track (16-bit little-endian, caller left,
 * agent right), read to its end. A channel whose peak stays under {@link #SILENCE} carried nothing a
 * person said: G.711's own silence decodes to a few units, line noise to a few dozen.
 */
record ChannelPeaks(int caller, int agent) {

    /** About -44 dBFS. */
    static final int SILENCE = 200;
    private static final int BUFFER = 64 * 1024;

    static ChannelPeaks of(ReadableByteChannel track) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        int left = 0;
        int right = 0;
        while (track.read(buffer) >= 0) {
            buffer.flip();
            while (buffer.remaining() >= 4) {
                left = Math.max(left, Math.abs(buffer.getShort()));
                right = Math.max(right, Math.abs(buffer.getShort()));
            }
            buffer.compact();
        }
        return new ChannelPeaks(left, right);
    }

    /** The silent channels' names ("caller", "agent"), empty when both carried sound. */
    String silentChannels() {
        return (caller < SILENCE ? "caller" : "") + (caller < SILENCE && agent < SILENCE ? " and " : "")
                + (agent < SILENCE ? "agent" : "");
    }
}
