package org.earshot.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evaluation, a recording or a snippet of one shown at a session; the service checked the caller may see it. */
@Entity
@Table(name = "coaching_attachment")
public class SessionAttachment {

    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AttachmentKind kind;

    @Column(name = "evaluation_id", updatable = false)
    private Long evaluationId;

    @Column(name = "recording_id", updatable = false)
    private UUID recordingId;

    @Column(name = "start_ms", updatable = false)
    private Long startMs;

    @Column(name = "end_ms", updatable = false)
    private Long endMs;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "added_by", nullable = false, length = 64, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected SessionAttachment() {
    }

    SessionAttachment(CoachingSession session, NewAttachment attachment, String by, Instant at) {
        this.session = session;
        this.kind = attachment.kind();
        this.evaluationId = attachment.kind() == AttachmentKind.EVALUATION ? attachment.evaluationId() : null;
        this.recordingId = attachment.kind() == AttachmentKind.EVALUATION ? null : attachment.recordingId();
        this.startMs = attachment.kind() == AttachmentKind.SNIPPET ? attachment.startMs() : null;
        this.endMs = attachment.kind() == AttachmentKind.SNIPPET ? attachment.endMs() : null;
        this.note = attachment.note();
        this.addedBy = by;
        this.addedAt = at;
    }

    public AttachmentView view() {
        return new AttachmentView(id, kind, evaluationId, recordingId, startMs, endMs, note, addedBy, addedAt);
    }

    public Long getId() {
        return id;
    }

    public AttachmentKind getKind() {
        return kind;
    }
}
