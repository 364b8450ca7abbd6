package org.earshot.recording;

import java.time.Instant;
import java.util.UUID;

/**
 * A recording as lists and the player show it, with its call's caller, queue, agent and team.
 *
 * @param startedAt         the start of its audio (the answer, or when recording started on demand)
 * @param endedAt           null while it records
 * @param durationMillis    of the recorded audio; 0 while it records
 * @param notRecordedMillis how much of the answered call went by before recording started
 * @param packetsLeftOut    packets the recorder left out, too late for its timeline or too far ahead of it
 * @param speech            its speech signals; null while it records, or when none were computed
 */
public record RecordingView(UUID id, String callId, Instant startedAt, Instant endedAt, long durationMillis, String caller,
                            String queueName, String agentUsername, String agentName, String teamName, RecordingStatus status,
                            String incompleteReason, boolean monitored, boolean paused, boolean hasSupervisorTrack,
                            long notRecordedMillis, long packetsLeftOut, SpeechSignals speech) {
}
