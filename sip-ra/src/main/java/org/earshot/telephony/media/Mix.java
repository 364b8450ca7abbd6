package org.earshot.telephony.media;

import java.util.Map;

/** One frame of a mixed call as one listener hears it. Pure: frames in, frame out. */
final class Mix {

    private Mix() {
    }

    /**
     * The clipped sum of the frames of every voice the listener hears; silence when none of them
     * spoke this frame (a missing frame is silence, so a party that stops sending stalls nobody).
     *
     * @param spoken each voice's frame of {@link RtpStream#FRAME_SAMPLES} samples, or null when it sent none
     */
    static short[] heardBy(Voice listener, Map<Voice, short[]> spoken) {
        int[] sum = new int[RtpStream.FRAME_SAMPLES];
        spoken.forEach((speaker, frame) -> {
            if (frame != null && listener.hears(speaker)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += frame[i];
                }
            }
        });
        short[] heard = new short[sum.length];
        for (int i = 0; i < sum.length; i++) {
            heard[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
        }
        return heard;
    }
}
