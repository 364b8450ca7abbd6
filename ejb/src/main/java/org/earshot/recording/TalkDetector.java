package org.earshot.recording;

import java.util.Arrays;

/**
 * Who talks when on one channel of a recording, as its samples arrive: 20 ms frames whose energy
 * reaches {@link #THRESHOLD_DBFS} are loud; loud runs shorter than {@link #SHORTEST_BURST_FRAMES}
 * (a click, a pop on the line) are dropped, and what is left is joined across quiet gaps shorter
 * than {@link #BRIDGED_GAP_FRAMES} (the pauses between words) into talk spurts. docs/quality.md,
 * "Speech signals", defines them. Allocation-free per block: only the list of spurts grows, by
 * doubling, about once per call.
 */
final class TalkDetector {

    /** 20 ms at 8 kHz. */
    static final int FRAME_SAMPLES = 160;
    static final int FRAME_MILLIS = 20;
    /** A frame's RMS at or above this is loud: 32 768 × 10^(−40/20) ≈ 328, well over G.711's idle line. */
    static final double THRESHOLD_DBFS = -40;
    /** 60 ms: a click is one or two frames; a syllable is longer. */
    static final int SHORTEST_BURST_FRAMES = 3;
    /** 300 ms: a quiet gap shorter than this inside someone's talk is a pause between words. */
    static final int BRIDGED_GAP_FRAMES = 15;

    /**
     * Each square is summed less its low {@code ENERGY_SHIFT} bits, so that a frame's sum fits an int
     * (160 × 2^22 < 2^31) and the loop is a plain int reduction, which the JIT vectorizes; what is
     * dropped (under 256 a sample) is nothing beside the threshold (≈ 107 000 a sample).
     */
    private static final int ENERGY_SHIFT = 8;
    // Compared as the sum of squares over a frame, so that no frame needs a square root or a logarithm.
    private static final int THRESHOLD_ENERGY = (int) Math.round(FRAME_SAMPLES * Math.pow(32768 * Math.pow(10, THRESHOLD_DBFS / 20), 2)
            / (1 << ENERGY_SHIFT));

    private int energy;
    private int samplesInFrame;
    private int frames;
    private int burstStart;
    private int burstFrames;
    private int spurtStart = -1;
    private int spurtEnd;
    private int[] spurts = new int[64];
    private int spurtBounds;

    void accept(short[] samples, int length) {
        int at = 0;
        while (at < length) {
            int end = Math.min(length, at + FRAME_SAMPLES - samplesInFrame);
            int sum = 0;
            for (int i = at; i < end; i++) {
                int sample = samples[i];
                sum += sample * sample >>> ENERGY_SHIFT;
            }
            energy += sum;
            samplesInFrame += end - at;
            at = end;
            if (samplesInFrame == FRAME_SAMPLES) {
                frameEnded(energy >= THRESHOLD_ENERGY);
                energy = 0;
                samplesInFrame = 0;
            }
        }
    }

    private void frameEnded(boolean loud) {
        if (loud) {
            if (burstFrames++ == 0) {
                burstStart = frames;
            }
        } else {
            burstEnded();
        }
        frames++;
    }

    private void burstEnded() {
        if (burstFrames >= SHORTEST_BURST_FRAMES) {
            talked(burstStart, burstStart + burstFrames);
        }
        burstFrames = 0;
    }

    private void talked(int from, int to) {
        if (spurtStart >= 0 && from - spurtEnd < BRIDGED_GAP_FRAMES) {
            spurtEnd = to;
            return;
        }
        spurtEnded();
        spurtStart = from;
        spurtEnd = to;
    }

    private void spurtEnded() {
        if (spurtStart < 0) {
            return;
        }
        if (spurtBounds == spurts.length) {
            spurts = Arrays.copyOf(spurts, spurts.length * 2);
        }
        spurts[spurtBounds++] = spurtStart;
        spurts[spurtBounds++] = spurtEnd;
        spurtStart = -1;
    }

    /** The whole frames heard so far (a last partial frame, under 20 ms, is not counted). */
    int frames() {
        return frames;
    }

    /** Ends the channel: its talk spurts as frame bounds, start inclusive and end exclusive, in pairs. */
    int[] finish() {
        burstEnded();
        spurtEnded();
        return Arrays.copyOf(spurts, spurtBounds);
    }
}
