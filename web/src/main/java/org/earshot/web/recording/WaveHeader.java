package org.earshot.web.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The 44-byte header that makes raw 16-bit PCM a WAV file (RIFF, WAVE, a PCM "fmt " chunk and the
 * "data" chunk's size). Recordings are stored without it (see docs/recording.md): it is made at
 * playback from what the vault says of the audio, so nothing on disk is plaintext.
 */
public final class WaveHeader {

    public static final int LENGTH = 44;

    private static final int BITS_PER_SAMPLE = 16;
    private static final short PCM = 1;
    // RIFF sizes are unsigned 32-bit; the RIFF chunk counts 36 header bytes besides the data.
    private static final long MAX_DATA_LENGTH = 0xFFFF_FFFFL - (LENGTH - 8);

    private WaveHeader() {
    }

    /**
     * @param channels 1 (mono) or 2 (stereo, interleaved)
     * @param sampleRate samples per second of each channel
     * @param dataLength bytes of PCM that follow the header
     */
    public static byte[] pcm16(int channels, int sampleRate, long dataLength) {
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("a recording has 1 or 2 channels, not " + channels);
        }
        if (dataLength < 0 || dataLength > MAX_DATA_LENGTH || dataLength % (channels * 2) != 0) {
            throw new IllegalArgumentException(dataLength + " bytes are not whole 16-bit frames of " + channels
                    + " channel(s) that fit a WAV file");
        }
        int blockAlign = channels * BITS_PER_SAMPLE / 8;
        ByteBuffer header = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (LENGTH - 8 + dataLength))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort(PCM).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) BITS_PER_SAMPLE)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataLength);
        return header.array();
    }
}
