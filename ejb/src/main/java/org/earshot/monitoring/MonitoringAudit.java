package org.earshot.monitoring;

import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The audit trail's entries about monitoring, with the call, agent, queue, mode and purpose filled in,
 * and the channel the step came through in the detail ("session 12 via REST: LISTEN -> BARGE").
 */
final class MonitoringAudit {

    private MonitoringAudit() {
    }

    static AuditEvent of(AuditAction action, MonitoringSession session, MonitoringChannel channel, String detail) {
        return event(action, AuditOutcome.SUCCESS, session.getCallId(), session.getAgentUsername(), session.getQueueName(),
                session.getMode(), session.getPurpose(), "session " + session.getId() + " via " + channel + ": " + detail);
    }

    /** A refused start or switch; the mode is the one asked for. */
    static AuditEvent denied(AuditAction action, String callId, String agent, String queue, MonitoringMode mode,
                             MonitoringPurpose purpose, MonitoringChannel channel, String reason) {
        return event(action, AuditOutcome.DENIED, callId, agent, queue, mode, purpose, "via " + channel + ": " + reason);
    }

    private static AuditEvent event(AuditAction action, AuditOutcome outcome, String callId, String agent, String queue,
                                    MonitoringMode mode, MonitoringPurpose purpose, String detail) {
        return new AuditEvent(action, outcome, "Call", callId, callId, agent, queue, mode == null ? null : mode.name(),
                purpose == null ? null : purpose.name(), detail);
    }
}
