package org.earshot.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Listens to a stereo recording (caller left, agent right) as it is written, for its speech signals:
 * fed each block the sink receives, on the recorder's thread, so it costs a multiply-add per sample
 * and allocates nothing per block. A recording written before it existed, or one recovered at
 * start-up, is listened to by reading its decrypted track back once ({@link #of}).
 */
final class SpeechActivityMeter {

    /** A read-back's block: 200 ms, as the recorder writes them. */
    private static final int READ_SAMPLES = 1600;

    private final TalkDetector caller = new TalkDetector();
    private final TalkDetector agent = new TalkDetector();

    /** The first {@code length} samples of each channel, in step. */
    void accept(short[] callerSamples, short[] agentSamples, int length) {
        caller.accept(callerSamples, length);
        agent.accept(agentSamples, length);
    }

    SpeechActivity finish() {
        return new SpeechActivity(caller.frames(), caller.finish(), agent.finish());
    }

    /** The activity of a whole call track (16-bit little-endian, interleaved), read to its end. */
    static SpeechActivity of(ReadableByteChannel stereoTrack) throws IOException {
        SpeechActivityMeter meter = new SpeechActivityMeter();
        ByteBuffer bytes = ByteBuffer.allocate(READ_SAMPLES * 4).order(ByteOrder.LITTLE_ENDIAN);
        short[] left = new short[READ_SAMPLES];
        short[] right = new short[READ_SAMPLES];
        boolean more = true;
        while (more) {
            more = stereoTrack.read(bytes) >= 0;
            if (!more || !bytes.hasRemaining()) {
                bytes.flip();
                int samples = bytes.remaining() / 4;
                for (int i = 0; i < samples; i++) {
                    left[i] = bytes.getShort();
                    right[i] = bytes.getShort();
                }
                meter.accept(left, right, samples);
                bytes.compact();
            }
        }
        return meter.finish();
    }
}
