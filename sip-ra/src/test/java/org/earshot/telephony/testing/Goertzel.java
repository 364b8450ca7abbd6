package org.earshot.telephony.testing;

import org.earshot.telephony.media.G711;

/**
 * Tone detection for audio assertions: the level of one frequency in 16-bit PCM, by the Goertzel
 * algorithm over Hann-windowed blocks. A full-scale sine reads 0 dBFS; a tone that is absent reads
 * far below {@link #PRESENT_DB}. G.711 tones through Earshot read about -6 dBFS.
 */
public final class Goertzel {

    /** Level above which a tone counts as present. */
    public static final double PRESENT_DB = -30;

    private static final int BLOCK = 800; // 0.1 s at 8 kHz: tolerates about 10 Hz of offset

    private Goertzel() {
    }

    /** The average level of the frequency over the samples, in dBFS. */
    public static double levelDb(short[] samples, int sampleRate, double hertz) {
        if (samples.length < BLOCK) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        int blocks = 0;
        for (int start = 0; start + BLOCK <= samples.length; start += BLOCK) {
            sum += blockPower(samples, start, sampleRate, hertz);
            blocks++;
        }
        double amplitude = Math.sqrt(sum / blocks);
        return amplitude <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(amplitude);
    }

    public static boolean present(short[] samples, int sampleRate, double hertz) {
        return levelDb(samples, sampleRate, hertz) >= PRESENT_DB;
    }

    /** Squared amplitude of the frequency in one block, normalised so a full-scale sine gives 1. */
    private static double blockPower(short[] samples, int start, int sampleRate, double hertz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        double windowSum = 0;
        for (int i = 0; i < BLOCK; i++) {
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (BLOCK - 1));
            windowSum += window;
            double current = samples[start + i] / 32768.0 * window + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        double power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        double amplitude = 2 * Math.sqrt(Math.max(power, 0)) / windowSum;
        return amplitude * amplitude;
    }

    /** Decodes µ-law bytes to 16-bit samples. */
    public static short[] decodeUlaw(byte[] ulaw) {
        return G711.PCMU.decode(ulaw);
    }
}
