package org.earshot.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.earshot.calls.CallDirection;

/**
 * A recorded call a sampling draw may pick, with what the rules select by.
 *
 * @param teamId            the agent's team, or null for an agent in no team
 * @param queue             the call's queue, or null for a call outside queues
 * @param stratum           the stratum the call counts in (its queue, its call type: as the rule's strata are named)
 * @param recordingComplete whether the recording covers the whole call
 * @param pausedOnly        whether the recording was paused throughout: nothing to listen to
 * @param signals           the recording's speech signals by {@link org.earshot.recording.SpeechSignal#key()}; empty when not computed
 */
public record SamplingCandidate(String callId, long agentId, Long teamId, String queue, String stratum, Instant startedAt,
                                Duration duration, CallDirection direction, boolean monitored, boolean recordingComplete,
                                boolean pausedOnly, Map<String, Double> signals) {

    public SamplingCandidate {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        signals = signals == null ? Map.of() : Map.copyOf(signals);
    }
}
