package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.earshot.calls.Clipped;

/** Something that happened during a recording, placed on its timeline. */
@Entity
@Table(name = "recording_marker")
public class RecordingMarker {

    private static final int LABEL_LENGTH = 200;
    private static final int ACTOR_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recording_id", nullable = false, updatable = false)
    private UUID recordingId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "offset_ms", nullable = false, updatable = false)
    private long offsetMillis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private MarkerType type;

    @Column(length = LABEL_LENGTH, updatable = false)
    private String label;

    @Column(length = ACTOR_LENGTH, updatable = false)
    private String actor;

    protected RecordingMarker() {
    }

    RecordingMarker(UUID recordingId, Instant at, long offsetMillis, MarkerType type, String label, String actor) {
        this.recordingId = recordingId;
        this.at = at;
        this.offsetMillis = offsetMillis;
        this.type = type;
        this.label = Clipped.to(LABEL_LENGTH, label);
        this.actor = Clipped.to(ACTOR_LENGTH, actor);
    }

    public RecordingMarkerView view() {
        return new RecordingMarkerView(offsetMillis, type, label, actor);
    }
}
