package org.earshot.recording;

/** How much of a block's energy is one frequency (Goertzel): near 1 for a pure tone, near 2/N for noise. */
final class Goertzel {

    private static final int BLOCK = 800;

    private Goertzel() {
    }

    /** The largest share of the frequency in any 100 ms block of the samples (8 kHz). */
    static double strongest(double hz, short[] samples) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / RecordingTrack.SAMPLE_RATE);
        double strongest = 0;
        for (int start = 0; start + BLOCK <= samples.length; start += BLOCK) {
            double previous = 0;
            double beforePrevious = 0;
            double energy = 0;
            for (int i = start; i < start + BLOCK; i++) {
                double current = samples[i] + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
                energy += (double) samples[i] * samples[i];
            }
            double power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
            if (energy > 0) {
                strongest = Math.max(strongest, power / (energy * BLOCK / 2));
            }
        }
        return strongest;
    }
}
