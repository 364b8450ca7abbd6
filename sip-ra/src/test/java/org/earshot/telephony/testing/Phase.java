package org.earshot.telephony.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;

/**
 * A stretch of an audio test (System.nanoTime instants) during which each party should hear a
 * fixed set of tones. A quarter second at each end is left out, for a switch to take effect.
 */
public record Phase(String name, long fromNanos, long untilNanos) {

    private static final long SETTLE_NANOS = 250_000_000L;
    /** baresip writes what it received after its jitter buffer, and its recording has no clock: more slack. */
    private static final long RECORDING_SLACK_NANOS = 250_000_000L;
    private static final int RATE = 8000;

    /** Asserts that in every half second of the phase the phone heard exactly the expected ones of the tones (nothing, when none are expected). */
    public void assertHeard(String party, RtpPhone phone, Set<Integer> expected, int... tones) {
        check(party, phone.heard(fromNanos + SETTLE_NANOS, untilNanos - SETTLE_NANOS), expected, tones);
    }

    /**
     * The same for a phone's recording of what it received (baresip's), which began at the given
     * instant and runs on without gaps as long as packets came (Earshot's streams have none).
     */
    public void assertHeard(String party, short[] recording, long startedNanos, Set<Integer> expected, int... tones) {
        long slack = SETTLE_NANOS + RECORDING_SLACK_NANOS;
        int from = sampleAt(fromNanos + slack - startedNanos, recording.length);
        int until = sampleAt(untilNanos - slack - startedNanos, recording.length);
        check(party, Arrays.copyOfRange(recording, from, Math.max(from, until)), expected, tones);
    }

    private void check(String party, short[] heard, Set<Integer> expected, int... tones) {
        ToneWindows windows = ToneWindows.of(heard, tones);
        String what = party + " in " + name + " heard " + windows;
        if (!expected.isEmpty()) {
            assertThat(windows.size()).as(what).isGreaterThanOrEqualTo(2);
        }
        assertThat(windows.eachHoldsExactly(expected)).as(what + ", expected " + expected + " in every window").isTrue();
    }

    private static int sampleAt(long nanos, int length) {
        return (int) Math.max(0, Math.min(length, nanos * RATE / 1_000_000_000L));
    }
}
