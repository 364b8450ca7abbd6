package org.earshot.telephony.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.earshot.telephony.media.G711;

/** WAV files written by the JDK's own audio writer, the way prompts reach Earshot from recording tools. */
public final class Wav {

    private static final float RATE = 8000;

    private Wav() {
    }

    /** A sine tone as an 8 kHz 16-bit mono WAV, at a quarter of full scale. */
    public static byte[] tone(int hertz, int millis) {
        int samples = (int) (RATE * millis / 1000);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            int sample = (int) Math.round(0.25 * 32767 * Math.sin(2 * Math.PI * hertz * i / RATE));
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return write(new AudioFormat(RATE, 16, 1, true, false), pcm);
    }

    /** The same tone stored as G.711 in the WAV itself (format 7 or 6), as telephone systems record prompts. */
    public static byte[] g711Tone(G711 law, int hertz, int millis) {
        int samples = (int) (RATE * millis / 1000);
        byte[] codes = new byte[samples];
        for (int i = 0; i < samples; i++) {
            codes[i] = law.encode((int) Math.round(0.25 * 32767 * Math.sin(2 * Math.PI * hertz * i / RATE)));
        }
        AudioFormat.Encoding encoding = law == G711.PCMU ? AudioFormat.Encoding.ULAW : AudioFormat.Encoding.ALAW;
        return write(new AudioFormat(encoding, RATE, 8, 1, 1, RATE, false), codes);
    }

    private static byte[] write(AudioFormat format, byte[] audio) {
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(audio), format,
                audio.length / format.getFrameSize())) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
