package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A legal matter's hold on recordings: a name, why, and a scope that is a query (see
 * {@link HoldScope}). While it is active no recording it matches is purged, deleted or erased;
 * released (with a reason) it keeps nothing, and stays on record.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    static final int NAME_LENGTH = 120;
    static final int REASON_LENGTH = 500;

    /**
     * JPQL: hold {@code h} is active and matches recording {@code r}. Evaluated by the database for
     * any number of recordings; agent and caller are the call record's, when it still exists.
     */
    static final String MATCHES = "h.releasedAt IS NULL"
            + " AND (h.recordingId IS NULL OR h.recordingId = r.id)"
            + " AND (h.callId IS NULL OR h.callId = r.callId)"
            + " AND (h.startedFrom IS NULL OR r.startedAt >= h.startedFrom)"
            + " AND (h.startedTo IS NULL OR r.startedAt <= h.startedTo)"
            + " AND (h.agentUsername IS NULL OR EXISTS (SELECT ha FROM CallRecord hc JOIN hc.agent ha"
            + "      WHERE hc.callId = r.callId AND ha.username = h.agentUsername))"
            + " AND (h.callerNumber IS NULL OR EXISTS (SELECT hc2 FROM CallRecord hc2"
            + "      WHERE hc2.callId = r.callId AND hc2.caller = h.callerNumber))";

    /** JPQL: recording {@code r} is on hold. */
    static final String HELD = "EXISTS (SELECT h FROM LegalHold h WHERE " + MATCHES + ")";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "recording_id", updatable = false)
    private UUID recordingId;

    @Column(name = "call_id", length = 64, updatable = false)
    private String callId;

    @Column(name = "agent_username", length = 64, updatable = false)
    private String agentUsername;

    @Column(name = "caller_number", length = 128, updatable = false)
    private String callerNumber;

    @Column(name = "from_time", updatable = false)
    private Instant startedFrom;

    @Column(name = "to_time", updatable = false)
    private Instant startedTo;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "release_reason", length = REASON_LENGTH)
    private String releaseReason;

    @Version
    private long version;

    protected LegalHold() {
    }

    LegalHold(String name, String reason, HoldScope scope, String createdBy, Instant createdAt) {
        this.name = required("name", name, NAME_LENGTH, "Name the hold (the matter it is for)");
        this.reason = required("reason", reason, REASON_LENGTH, "Say why the recordings must be kept");
        this.recordingId = scope.recordingId();
        this.callId = scope.callId();
        this.agentUsername = scope.agentUsername();
        this.callerNumber = scope.callerNumber();
        this.startedFrom = scope.from();
        this.startedTo = scope.to();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Ends the hold: what it kept may be purged, deleted or erased again. A hold is released once. */
    void release(String why, String by, Instant at) {
        if (releasedAt != null) {
            throw GovernanceException.conflict("hold", "The hold was released already, on " + releasedAt + " by " + releasedBy);
        }
        this.releaseReason = required("reason", why, REASON_LENGTH, "Say why the hold is released");
        this.releasedBy = by;
        this.releasedAt = at;
    }

    private static String required(String field, String value, int maxLength, String missing) {
        if (value == null || value.isBlank()) {
            throw new GovernanceException(field, missing);
        }
        if (value.strip().length() > maxLength) {
            throw new GovernanceException(field, "At most " + maxLength + " characters");
        }
        return value.strip();
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public HoldScope scope() {
        return new HoldScope(recordingId, callId, agentUsername, callerNumber, startedFrom, startedTo);
    }

    public LegalHoldView view(long recordings) {
        return new LegalHoldView(id, name, reason, scope(), scope().described(), createdBy, createdAt, releasedBy, releasedAt,
                releaseReason, recordings);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
