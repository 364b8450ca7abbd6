package org.earshot.telephony.media;

import java.util.Arrays;

/**
 * µ-law frames for following audio through the mix: frames that carry their number (the mix passes
 * them unchanged when they are heard alone or with silence), a tone, silence, and RTP around them.
 */
final class MixFrames {

    private static final int SAMPLES = RtpStream.FRAME_SAMPLES;
    /** Ends a number; codes below 0x7F decode and encode back unchanged. */
    private static final byte NUMBERED = 0x7E;
    private static final int TONE_RMS = 1000;

    private MixFrames() {
    }

    /** A silent frame carrying n (below 2^18) in its first three codes, 6 bits each, then a marker code. */
    static byte[] numbered(int n) {
        byte[] payload = silence();
        payload[0] = (byte) ((n >> 12) & 0x3F);
        payload[1] = (byte) ((n >> 6) & 0x3F);
        payload[2] = (byte) (n & 0x3F);
        payload[3] = NUMBERED;
        return payload;
    }

    /** The number a frame carries, or null for any other frame. */
    static Integer numberOf(byte[] payload) {
        return payload.length == SAMPLES && payload[3] == NUMBERED ? (payload[0] << 12) | (payload[1] << 6) | payload[2] : null;
    }

    static byte[] silence() {
        byte[] payload = new byte[SAMPLES];
        Arrays.fill(payload, G711.PCMU.encode(0));
        return payload;
    }

    /** A frame of a loud 1 kHz tone. */
    static byte[] tone() {
        byte[] payload = new byte[SAMPLES];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = G711.PCMU.encode((int) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0)));
        }
        return payload;
    }

    static boolean carriesTone(byte[] payload) {
        double sum = 0;
        for (short sample : G711.PCMU.decode(payload)) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / payload.length) > TONE_RMS;
    }

    /** An RTP packet (version 2, µ-law) with the given sequence number and a timestamp 160 per number. */
    static byte[] rtp(int sequence, byte[] payload) {
        byte[] packet = new byte[RtpStream.HEADER + payload.length];
        packet[0] = (byte) 0x80;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        int timestamp = sequence * SAMPLES;
        for (int i = 0; i < 4; i++) {
            packet[4 + i] = (byte) (timestamp >> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, packet, RtpStream.HEADER, payload.length);
        return packet;
    }
}
