package org.earshot.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.util.UUID;

/**
 * One track of a recording, decrypted as it is read: 16-bit little-endian linear PCM at 8 kHz, the
 * call track stereo (caller left, agent right, interleaved), the supervisor track mono. Seekable, so
 * a player can ask for a range. Close it when done.
 *
 * @param size the plaintext length in bytes
 */
public record PlaybackAudio(UUID recordingId, RecordingTrack track, long size, int channels, int sampleRate,
                            SeekableByteChannel audio) implements AutoCloseable {

    public static final int SAMPLE_RATE = 8000;
    public static final int BYTES_PER_SAMPLE = 2;

    static PlaybackAudio of(UUID recordingId, RecordingTrack track, SeekableByteChannel audio) throws IOException {
        return new PlaybackAudio(recordingId, track, audio.size(), track == RecordingTrack.CALL ? 2 : 1, SAMPLE_RATE, audio);
    }

    @Override
    public void close() {
        try {
            audio.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
