package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A finished recording the reconciliation has examined (its length, its channels): each is decrypted and listened to once. */
@Entity
@Table(name = "recording_checked")
public class RecordingChecked {

    @Id
    @Column(name = "recording_id")
    private UUID recordingId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected RecordingChecked() {
    }

    RecordingChecked(UUID recordingId, Instant checkedAt) {
        this.recordingId = recordingId;
        this.checkedAt = checkedAt;
    }
}
