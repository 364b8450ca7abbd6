package org.earshot.audit;

public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
