package org.earshot.recording;

/**
 * The encrypted files one recording may have, on the same timeline of 8 kHz 16-bit little-endian
 * samples (no header: the player adds the WAV header when it plays).
 */
public enum RecordingTrack {

    /** The call: stereo, caller left, agent right, interleaved. */
    CALL("call", 2),
    /** What supervisors said that the call heard (whisper, barge): mono, silence where none spoke. */
    SUPERVISOR("supervisor", 1);

    public static final int SAMPLE_RATE = 8000;
    private static final int BYTES_PER_SAMPLE = 2;

    // Part of every file's name and of its associated data, so it must never change for a track.
    private final String label;
    private final int channels;

    RecordingTrack(String label, int channels) {
        this.label = label;
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }

    public String fileSuffix() {
        return label + ".enc";
    }

    public int bytesPerSecond() {
        return SAMPLE_RATE * BYTES_PER_SAMPLE * channels;
    }

    String label() {
        return label;
    }
}
