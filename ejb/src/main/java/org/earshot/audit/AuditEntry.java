package org.earshot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One link of the audit chain. Immutable once written: every column is insert-only here, and on
 * PostgreSQL triggers refuse UPDATE and DELETE for every role that goes through SQL.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "target_type", length = 32, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 64, updatable = false)
    private String targetId;

    @Column(name = "call_id", length = 128, updatable = false)
    private String callId;

    @Column(length = 64, updatable = false)
    private String agent;

    @Column(name = "queue_name", length = 100, updatable = false)
    private String queue;

    @Column(length = 16, updatable = false)
    private String mode;

    @Column(length = 32, updatable = false)
    private String purpose;

    @Column(name = "source_address", length = 64, updatable = false)
    private String sourceAddress;

    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant occurredAt, String actor, String sourceAddress, AuditEvent event, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.sourceAddress = sourceAddress;
        this.action = event.action();
        this.outcome = event.outcome();
        this.targetType = event.targetType();
        this.targetId = event.targetId();
        this.callId = event.callId();
        this.agent = event.agent();
        this.queue = event.queue();
        this.mode = event.mode();
        this.purpose = event.purpose();
        this.detail = truncate(event.detail());
        this.prevHash = prevHash;
        this.entryHash = AuditChain.hash(this);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    /**
     * The content the hash covers: every field in a fixed order, each written as its length, a
     * colon and the text (or "-" when absent), so no two different entries share an encoding.
     */
    String canonicalContent() {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {String.valueOf(seq), occurredAt.toString(), actor, action.name(), outcome.name(),
                targetType, targetId, callId, agent, queue, mode, purpose, sourceAddress, detail}) {
            text.append(field == null ? "-" : field.length() + ":" + field).append(';');
        }
        return text.toString();
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getCallId() {
        return callId;
    }

    public String getAgent() {
        return agent;
    }

    public String getQueue() {
        return queue;
    }

    public String getMode() {
        return mode;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
