package org.earshot.recording;

import org.earshot.events.Aggregate;
import org.earshot.events.DomainEvent;
import org.earshot.events.EventType;

/** The domain events of recordings (schemas in {@code events/recording.*.schema.json}). */
public final class RecordingLifecycle {

    private RecordingLifecycle() {
    }

    /**
     * A call's recording is finished and can be played: whole ("COMPLETE") or stopped early
     * ("INCOMPLETE", with the reason). Published in the call's history, after the call's own events.
     */
    @EventType(name = "recording.available", version = 1)
    public record Available(String recordingId, String callId, RecordingStatus status, String incompleteReason,
                            long durationMillis, long notRecordedMillis, boolean supervisorTrack) implements DomainEvent {

        static Available of(Recording recording) {
            return new Available(recording.getId().toString(), recording.getCallId(), recording.getStatus(),
                    recording.getIncompleteReason(), recording.durationMillis(), recording.getNotRecordedMillis(),
                    recording.getSupervisorBytes() > 0);
        }

        @Override
        public Aggregate aggregate() {
            return Aggregate.call(callId);
        }
    }
}
