package org.earshot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry's place in the hash chain: its position, the hash of the link before it and its own
 * hash over both and the entry's content. Written once by {@link AuditChainer}; append-only like
 * the entries.
 */
@Entity
@Table(name = "audit_link")
public class AuditLink {

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditLink() {
    }

    /** Links the entry after the one whose hash is prevHash. */
    AuditLink(long seq, AuditEntry entry, String prevHash) {
        this.seq = seq;
        this.entryId = entry.getId();
        this.prevHash = prevHash;
        this.entryHash = AuditChain.hash(prevHash, seq, entry);
    }

    public long getSeq() {
        return seq;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
