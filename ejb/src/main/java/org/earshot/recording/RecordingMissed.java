package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.earshot.calls.Clipped;

/** A call its policy said to record that was not (the keyset unavailable, the core refused): for the reconciliation. */
@Entity
@Table(name = "recording_missed")
public class RecordingMissed {

    private static final int REASON_LENGTH = 200;

    @Id
    @Column(name = "call_id", length = 64)
    private String callId;

    @Column(name = "missed_at", nullable = false)
    private Instant missedAt;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    protected RecordingMissed() {
    }

    RecordingMissed(String callId, Instant missedAt, String reason) {
        this.callId = callId;
        this.missedAt = missedAt;
        this.reason = Clipped.to(REASON_LENGTH, reason);
    }

    public String getCallId() {
        return callId;
    }

    public Instant getMissedAt() {
        return missedAt;
    }

    public String getReason() {
        return reason;
    }
}
