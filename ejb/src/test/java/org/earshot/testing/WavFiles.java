package org.earshot.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** WAV files for tests, written by the JDK as recording tools write them. */
public final class WavFiles {

    private WavFiles() {
    }

    public static AudioFormat mono(AudioFormat.Encoding encoding, int rate, int bytesPerSample) {
        return new AudioFormat(encoding, rate, bytesPerSample * 8, 1, bytesPerSample, rate, false);
    }

    /** A WAV file of so many frames of a quiet hum. */
    public static byte[] wav(AudioFormat format, int frames) {
        byte[] audio = new byte[frames * format.getFrameSize()];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i % 7);
        }
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(audio), format, frames)) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
