package org.earshot.audit;

import java.time.Instant;

/**
 * Filters of the audit viewer; null or blank means "any". An action is "capability.NAME" or just
 * NAME (any capability's). The actor of a monitoring entry is the supervisor; agent, call and mode
 * narrow the trail to what happened on one agent's calls.
 */
public record AuditQuery(String actor, String action, AuditOutcome outcome, String targetType, String targetId,
                         String agent, String callId, String mode, String text, Instant from, Instant to) {

    /** Filters over entries whatever call they concern. */
    public AuditQuery(String actor, String action, AuditOutcome outcome, String targetType, String text,
                      Instant from, Instant to) {
        this(actor, action, outcome, targetType, null, null, null, null, text, from, to);
    }

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
