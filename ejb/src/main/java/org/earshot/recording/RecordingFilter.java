package org.earshot.recording;

import java.time.Instant;

/**
 * Filters of the recording list; null means "any". Times bound the recording's start, inclusive;
 * durations are the recorded audio's, in milliseconds; caller is part of the caller's number; onHold:
 * whether an active legal hold keeps the recording.
 */
public record RecordingFilter(Instant from, Instant to, Long agentId, Long teamId, Long queueId, String caller,
                              Long minDurationMillis, Long maxDurationMillis, Boolean monitored, Boolean paused,
                              Boolean incomplete, Boolean onHold) {

    public static RecordingFilter any() {
        return new RecordingFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
