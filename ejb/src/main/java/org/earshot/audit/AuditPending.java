package org.earshot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A committed entry the chainer has not linked yet. Written with the entry, in the business
 * transaction, and removed when the entry is linked; it lets the chainer find its work without
 * scanning the trail, while the verifier still finds any entry left unlinked.
 */
@Entity
@Table(name = "audit_pending")
class AuditPending {

    @Id
    @Column(name = "entry_id", updatable = false)
    private long entryId;

    protected AuditPending() {
    }

    AuditPending(long entryId) {
        this.entryId = entryId;
    }

    long getEntryId() {
        return entryId;
    }
}
