package org.earshot.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event in a call's history, as the B2BUA reported it. Never changed once written. The type is
 * kept as the event type's name, so readers (the console, the API) need no telephony classes.
 */
@Entity
@Table(name = "call_state_change")
public class CallStateChange {

    private static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "call_record_id", updatable = false)
    private CallRecord call;

    @Column(name = "change_type", nullable = false, length = 32, updatable = false)
    private String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected CallStateChange() {
    }

    CallStateChange(CallRecord call, String type, Instant occurredAt, String detail) {
        this.call = call;
        this.type = type;
        this.occurredAt = occurredAt;
        this.detail = Clipped.to(DETAIL_LENGTH, detail);
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
