package org.earshot.telephony.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sine tone as raw G.711 µ-law, the format sipp's rtp_stream plays (160 bytes per 20 ms packet).
 * One second of a whole-hertz tone loops without a click.
 */
public final class Tone {

    private Tone() {
    }

    public static Path pcmu(int hertz) throws IOException {
        byte[] ulaw = new byte[8000];
        for (int i = 0; i < ulaw.length; i++) {
            double sample = 0.5 * Math.sin(2 * Math.PI * hertz * i / 8000.0);
            ulaw[i] = linearToUlaw((int) Math.round(sample * 32767));
        }
        Path file = Files.createTempFile("tone-" + hertz + "-", ".ul");
        Files.write(file, ulaw);
        return file;
    }

    /** ITU-T G.711 µ-law encoding of a 16-bit sample. */
    static byte linearToUlaw(int sample) {
        final int bias = 0x84;
        final int clip = 32635;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0) {
            sample = -sample;
        }
        sample = Math.min(sample, clip) + bias;
        int exponent = 7;
        for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }
}
