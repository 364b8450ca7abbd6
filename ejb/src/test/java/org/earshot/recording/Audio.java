package org.earshot.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Blocks of samples as the core writes them, and bytes read back as audio. */
final class Audio {

    /** 200 ms, the core's block. */
    static final int BLOCK = 1600;

    private Audio() {
    }

    static short[] tone(double hz, int block) {
        short[] samples = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * (block * BLOCK + i) / RecordingTrack.SAMPLE_RATE));
        }
        return samples;
    }

    static short[] noise(Random random) {
        short[] samples = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            samples[i] = (short) random.nextInt();
        }
        return samples;
    }

    static short[] littleEndian(byte[] bytes) {
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    static short[] left(short[] interleaved) {
        short[] left = new short[interleaved.length / 2];
        for (int i = 0; i < left.length; i++) {
            left[i] = interleaved[2 * i];
        }
        return left;
    }

    /** The bytes as 8-bit G.711 (mu-law or A-law), decoded by the JDK as a player would. */
    static short[] g711(byte[] bytes, AudioFormat.Encoding encoding) throws IOException {
        AudioFormat format = new AudioFormat(encoding, RecordingTrack.SAMPLE_RATE, 8, 1, 1, RecordingTrack.SAMPLE_RATE, false);
        try (AudioInputStream coded = new AudioInputStream(new ByteArrayInputStream(bytes), format, bytes.length);
             AudioInputStream linear = AudioSystem.getAudioInputStream(AudioFormat.Encoding.PCM_SIGNED, coded)) {
            byte[] pcm = linear.readAllBytes();
            return linear.getFormat().isBigEndian() ? bigEndian(pcm) : littleEndian(pcm);
        }
    }

    private static short[] bigEndian(byte[] bytes) {
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    static byte[] readAll(SeekableByteChannel channel) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (all.hasRemaining() && channel.read(all) > 0) {
            // until full
        }
        return all.array();
    }
}
