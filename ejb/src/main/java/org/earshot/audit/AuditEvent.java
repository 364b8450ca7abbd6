package org.earshot.audit;

/**
 * What happened, as a capability reports it to the audit trail: its action, the outcome, what it
 * was done to, structured details and a sentence for people. The actor, time, source address and
 * place in the chain are added by the trail.
 */
public record AuditEvent(AuditAction action, AuditOutcome outcome, AuditTarget target, AuditDetails details, String detail) {

    public AuditEvent {
        target = target == null ? new AuditTarget(null, null) : target;
        details = details == null ? AuditDetails.NONE : details;
    }

    public static AuditEvent of(AuditAction action, String targetType, Object targetId, String detail) {
        return new AuditEvent(action, AuditOutcome.SUCCESS, AuditTarget.of(targetType, targetId), AuditDetails.NONE, detail);
    }

    public AuditEvent withOutcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, newOutcome, target, details, detail);
    }

    /** This event with one more detail; an absent value adds nothing. */
    public AuditEvent with(String name, Object value) {
        return new AuditEvent(action, outcome, target, details.with(name, value), detail);
    }
}
