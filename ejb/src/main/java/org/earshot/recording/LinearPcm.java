package org.earshot.recording;

/** 16-bit samples as the tracks store them: little-endian, channels interleaved. */
final class LinearPcm {

    private LinearPcm() {
    }

    static byte[] interleave(short[] left, short[] right) {
        byte[] bytes = new byte[left.length * 4];
        for (int i = 0; i < left.length; i++) {
            put(bytes, 4 * i, left[i]);
            put(bytes, 4 * i + 2, right[i]);
        }
        return bytes;
    }

    static byte[] mono(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            put(bytes, 2 * i, samples[i]);
        }
        return bytes;
    }

    /** The bytes of so many mono samples. */
    static long bytes(long samples) {
        return samples * 2;
    }

    private static void put(byte[] bytes, int at, short sample) {
        bytes[at] = (byte) sample;
        bytes[at + 1] = (byte) (sample >> 8);
    }
}
