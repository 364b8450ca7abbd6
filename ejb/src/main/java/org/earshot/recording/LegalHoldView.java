package org.earshot.recording;

import java.time.Instant;

/** A legal hold as lists show it, with how many recordings (not deleted) it matches now. */
public record LegalHoldView(Long id, String name, String reason, HoldScope scope, String scopeDescribed, String createdBy,
                            Instant createdAt, String releasedBy, Instant releasedAt, String releaseReason, long recordings) {

    public boolean active() {
        return releasedAt == null;
    }
}
