package org.earshot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one audited action was, as written by the business transaction that did it. Immutable once
 * written: every column is insert-only here, and on PostgreSQL triggers refuse UPDATE and DELETE.
 * Its place in the hash chain ({@link AuditLink}) is added after it commits.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "audit_entry_ids", sequenceName = "audit_entry_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_ids")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    /** "capability.NAME"; entries written before actions had capabilities hold the bare name. */
    @Column(nullable = false, length = 96, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "target_type", length = 64, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 128, updatable = false)
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

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    /** Canonical JSON of the details that have no column of their own. */
    @Column(length = DETAIL_LENGTH, updatable = false)
    private String details;

    /** Where the chain holds this entry; set by the reader, absent while the entry waits to be chained. */
    @Transient
    private AuditLink link;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String sourceAddress, AuditEvent event) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.sourceAddress = sourceAddress;
        this.action = event.action().qualifiedName();
        this.outcome = event.outcome();
        this.targetType = event.target().type();
        this.targetId = event.target().id();
        AuditDetails facts = event.details();
        this.callId = facts.get(AuditDetails.CALL);
        this.agent = facts.get(AuditDetails.AGENT);
        this.queue = facts.get(AuditDetails.QUEUE);
        this.mode = facts.get(AuditDetails.MODE);
        this.purpose = facts.get(AuditDetails.PURPOSE);
        this.details = facts.without(AuditDetails.CALL, AuditDetails.AGENT, AuditDetails.QUEUE, AuditDetails.MODE,
                AuditDetails.PURPOSE).toJson();
        if (details != null && details.length() > DETAIL_LENGTH) {
            throw new IllegalArgumentException("audit details are limited to " + DETAIL_LENGTH + " characters: " + details);
        }
        this.detail = truncate(event.detail());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH);
    }

    /**
     * The content the hash covers at a place in the chain: every field in a fixed order, each
     * written as its length, a colon and the text (or "-" when absent), so no two different entries
     * share an encoding. The details come last and only when there are any, so entries written
     * before details existed keep the hash they were chained with.
     */
    String canonicalContent(long seq) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {String.valueOf(seq), occurredAt.toString(), actor, action, outcome.name(),
                targetType, targetId, callId, agent, queue, mode, purpose, sourceAddress, detail}) {
            append(text, field);
        }
        if (details != null) {
            append(text, details);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String field) {
        text.append(field == null ? "-" : field.length() + ":" + field).append(';');
    }

    /** Whether this entry records the action, also when written before actions were qualified by capability. */
    public boolean is(AuditAction candidate) {
        return action.equals(candidate.qualifiedName()) || action.equals(candidate.name());
    }

    void chainedAs(AuditLink chained) {
        this.link = chained;
    }

    public Long getId() {
        return id;
    }

    /** The place in the chain; null while the entry waits for the chainer (a few milliseconds). */
    public Long getSeq() {
        return link == null ? null : link.getSeq();
    }

    public String getPrevHash() {
        return link == null ? null : link.getPrevHash();
    }

    public String getEntryHash() {
        return link == null ? null : link.getEntryHash();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
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

    /** The structured details that have no column (and getter) of their own. */
    public Map<String, String> getOtherDetails() {
        return AuditDetails.fromJson(details).asMap();
    }

    /** Every structured detail, those kept in their own columns included. */
    public Map<String, String> getDetails() {
        Map<String, String> all = new TreeMap<>(getOtherDetails());
        AuditDetails indexed = AuditDetails.NONE.with(AuditDetails.CALL, callId).with(AuditDetails.AGENT, agent)
                .with(AuditDetails.QUEUE, queue).with(AuditDetails.MODE, mode).with(AuditDetails.PURPOSE, purpose);
        all.putAll(indexed.asMap());
        return all;
    }
}
