package org.earshot.monitoring;

import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.telephony.api.MonitoringMode;

/** The audit trail's entries about monitoring, with the call, agent, queue, mode and purpose filled in. */
final class MonitoringAudit {

    private MonitoringAudit() {
    }

    static AuditEvent of(AuditAction action, MonitoringSession session, String detail) {
        return event(action, AuditOutcome.SUCCESS, session.getCallId(), session.getAgentUsername(), session.getQueueName(),
                session.getMode(), session.getPurpose(), "session " + session.getId() + ": " + detail);
    }

    /** A refused start or switch; the mode is the one asked for. */
    static AuditEvent denied(AuditAction action, String callId, String agent, String queue, MonitoringMode mode,
                             MonitoringPurpose purpose, String reason) {
        return event(action, AuditOutcome.DENIED, callId, agent, queue, mode, purpose, reason);
    }

    private static AuditEvent event(AuditAction action, AuditOutcome outcome, String callId, String agent, String queue,
                                    MonitoringMode mode, MonitoringPurpose purpose, String detail) {
        return new AuditEvent(action, outcome, "Call", callId, callId, agent, queue, mode == null ? null : mode.name(),
                purpose == null ? null : purpose.name(), detail);
    }
}
