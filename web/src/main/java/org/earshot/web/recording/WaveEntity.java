package org.earshot.web.recording;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A recording as the player receives it: the WAV header followed by the vault's plaintext PCM. Ranges
 * count over both, so byte 44 is the first byte of audio. Bytes are read from the channel at the
 * range's offset and written on in small blocks; a recording is never held in memory whole.
 */
public final class WaveEntity {

    private static final int BLOCK = 16 * 1024;

    private final byte[] header;
    private final long pcmLength;
    private final SeekableByteChannel pcm;

    /**
     * @param pcm the plaintext PCM, positioned anywhere: every write seeks to where its range begins
     */
    public WaveEntity(int channels, int sampleRate, long pcmLength, SeekableByteChannel pcm) {
        this.header = WaveHeader.pcm16(channels, sampleRate, pcmLength);
        this.pcmLength = pcmLength;
        this.pcm = pcm;
    }

    public long length() {
        return header.length + pcmLength;
    }

    /** Writes the given bytes of the entity; fails if the PCM ends before its announced length. */
    public void write(ByteRange range, OutputStream out) throws IOException {
        long next = range.first();
        if (next < header.length) {
            int upTo = (int) Math.min(header.length, range.last() + 1);
            out.write(header, (int) next, upTo - (int) next);
            next = upTo;
        }
        if (next > range.last()) {
            return;
        }
        pcm.position(next - header.length);
        copy(range.last() - next + 1, Channels.newChannel(out));
    }

    private void copy(long remaining, WritableByteChannel out) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        while (remaining > 0) {
            block.clear().limit((int) Math.min(BLOCK, remaining));
            int read = pcm.read(block);
            if (read < 0) {
                throw new IOException("the recording's audio ended " + remaining + " bytes before its length");
            }
            block.flip();
            while (block.hasRemaining()) {
                out.write(block);
            }
            remaining -= read;
        }
    }
}
