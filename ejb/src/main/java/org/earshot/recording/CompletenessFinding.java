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

/**
 * One thing the reconciliation found wrong with a call's recording, found once: the table keeps
 * one row per kind and subject (the call for MISSING, the recording otherwise), so each is audited once.
 */
@Entity
@Table(name = "recording_finding")
public class CompletenessFinding {

    private static final int DETAIL_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private FindingKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String subject;

    @Column(name = "call_id", length = 64, updatable = false)
    private String callId;

    @Column(name = "recording_id", updatable = false)
    private UUID recordingId;

    @Column(nullable = false, length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    protected CompletenessFinding() {
    }

    CompletenessFinding(Finding finding, Instant foundAt) {
        this.kind = finding.kind();
        this.subject = finding.subject();
        this.callId = finding.callId();
        this.recordingId = finding.recordingId();
        this.detail = Clipped.to(DETAIL_LENGTH, finding.detail());
        this.foundAt = foundAt;
    }

    public FindingView view() {
        return new FindingView(id, kind, callId, recordingId, detail, foundAt);
    }
}
