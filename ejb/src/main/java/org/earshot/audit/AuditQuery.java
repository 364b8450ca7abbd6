package org.earshot.audit;

import java.time.Instant;

/** Filters of the audit viewer; null or blank means "any". */
public record AuditQuery(String actor, AuditAction action, AuditOutcome outcome, String targetType, String text,
                         Instant from, Instant to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
