package org.earshot.audit;

import java.time.Instant;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Filters of the audit viewer; null or blank means "any". The actor of a monitoring entry is the
 * supervisor; agent, call and mode narrow the trail to what happened on one agent's calls.
 */
public record AuditQuery(String actor, AuditAction action, AuditOutcome outcome, String targetType, String agent,
                         String callId, MonitoringMode mode, String text, Instant from, Instant to) {

    /** Filters over entries whatever call they concern. */
    public AuditQuery(String actor, AuditAction action, AuditOutcome outcome, String targetType, String text,
                      Instant from, Instant to) {
        this(actor, action, outcome, targetType, null, null, null, text, from, to);
    }

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
