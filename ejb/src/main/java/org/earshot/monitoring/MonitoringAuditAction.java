package org.earshot.monitoring;

import org.earshot.audit.AuditAction;

/** What the audit trail records about live monitoring and calls kept private from it. */
public enum MonitoringAuditAction implements AuditAction {
    MONITOR_START,
    MONITOR_MODE_CHANGE,
    MONITOR_END,
    MONITOR_FOLLOW,
    CALL_MARK_PRIVATE;

    @Override
    public String capability() {
        return "monitoring";
    }
}
