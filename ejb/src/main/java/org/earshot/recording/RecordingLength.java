package org.earshot.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a recording is much shorter than its call: its audio against the call's answered part
 * (less what went by before an on-demand start), with a tolerance of 10 %, at least 2 s, for the
 * answer's and the hang-up's signalling and the recorder's jitter buffer.
 */
final class RecordingLength {

    static final long MIN_TOLERANCE_MILLIS = 2000;
    private static final int TOLERANCE_PERCENT = 10;

    private RecordingLength() {
    }

    /** The recording's shortfall in milliseconds; zero when it is as long as it should be, or the call was never answered. */
    static long shortfall(Instant answeredAt, Instant endedAt, long notRecordedMillis, long recordedMillis) {
        if (answeredAt == null || endedAt == null) {
            return 0;
        }
        long expected = Math.max(0, Duration.between(answeredAt, endedAt).toMillis() - notRecordedMillis);
        long tolerance = Math.max(MIN_TOLERANCE_MILLIS, expected * TOLERANCE_PERCENT / 100);
        return recordedMillis < expected - tolerance ? expected - recordedMillis : 0;
    }
}
