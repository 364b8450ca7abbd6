package org.earshot.audit;

/** What the audit trail records about itself. */
public enum AuditTrailAction implements AuditAction {
    AUDIT_VERIFY;

    @Override
    public String capability() {
        return "audit";
    }
}
