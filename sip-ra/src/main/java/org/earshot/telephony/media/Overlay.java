package org.earshot.telephony.media;

/**
 * A prompt played to one party of a mixed call: while the call is mixed everything a party hears
 * comes out of the mixer, so Earshot's own audio (a notice, a barge tone) is added to the party's
 * mixed frame, one frame per tick, rather than sent as a second stream that would interleave with it.
 */
final class Overlay {

    private final short[] samples;
    private int played;

    Overlay(Prompt prompt) {
        this.samples = prompt.samples();
    }

    /** Adds the prompt's next frame to the frame (clipped to 16 bits); whether any of the prompt is left afterwards. */
    boolean addTo(short[] frame) {
        int count = Math.min(frame.length, samples.length - played);
        for (int i = 0; i < count; i++) {
            frame[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, frame[i] + samples[played + i]));
        }
        played += count;
        return played < samples.length;
    }
}
