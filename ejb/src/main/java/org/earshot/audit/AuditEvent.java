package org.earshot.audit;

/**
 * What happened, as a service reports it to the audit trail. The actor, time, source address and
 * place in the chain are added by {@link AuditService}; monitoring fields stay empty elsewhere.
 */
public record AuditEvent(AuditAction action, AuditOutcome outcome, String targetType, String targetId,
                         String callId, String agent, String queue, String mode, String purpose, String detail) {

    public static AuditEvent of(AuditAction action, String targetType, Object targetId, String detail) {
        return new AuditEvent(action, AuditOutcome.SUCCESS, targetType, targetId == null ? null : targetId.toString(),
                null, null, null, null, null, detail);
    }

    public AuditEvent withOutcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, newOutcome, targetType, targetId, callId, agent, queue, mode, purpose, detail);
    }
}
