package org.earshot.recording;

import java.time.Instant;

/**
 * Filters of the recording list; null means "any". Times bound the recording's start, inclusive;
 * durations are the recorded audio's, in milliseconds; caller is part of the caller's number; onHold:
 * whether an active legal hold keeps the recording; speech: bounds on its speech signals (a recording
 * without signals meets none).
 */
public record RecordingFilter(Instant from, Instant to, Long agentId, Long teamId, Long queueId, String caller,
                              Long minDurationMillis, Long maxDurationMillis, Boolean monitored, Boolean paused,
                              Boolean incomplete, Boolean onHold, SignalCriteria speech) {

    public RecordingFilter {
        speech = speech == null ? SignalCriteria.none() : speech;
    }

    /** Without bounds on the speech signals. */
    public RecordingFilter(Instant from, Instant to, Long agentId, Long teamId, Long queueId, String caller,
                           Long minDurationMillis, Long maxDurationMillis, Boolean monitored, Boolean paused,
                           Boolean incomplete, Boolean onHold) {
        this(from, to, agentId, teamId, queueId, caller, minDurationMillis, maxDurationMillis, monitored, paused, incomplete, onHold,
                SignalCriteria.none());
    }

    public static RecordingFilter any() {
        return new RecordingFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
