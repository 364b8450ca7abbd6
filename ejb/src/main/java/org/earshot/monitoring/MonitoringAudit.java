package org.earshot.monitoring;

import org.earshot.audit.AuditDetails;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditTarget;
import org.earshot.telephony.api.MonitoringMode;

/** The audit trail's entries about monitoring: the call is the target; agent, queue, mode and purpose are details. */
final class MonitoringAudit {

    private MonitoringAudit() {
    }

    static AuditEvent of(MonitoringAuditAction action, MonitoringSession session, String detail) {
        return event(action, AuditOutcome.SUCCESS, session.getCallId(), session.getAgentUsername(), session.getQueueName(),
                session.getMode(), session.getPurpose(), "session " + session.getId() + ": " + detail);
    }

    /** A refused start or switch; the mode is the one asked for. */
    static AuditEvent denied(MonitoringAuditAction action, String callId, String agent, String queue, MonitoringMode mode,
                             MonitoringPurpose purpose, String reason) {
        return event(action, AuditOutcome.DENIED, callId, agent, queue, mode, purpose, reason);
    }

    /** Something that happened to a call rather than to a monitoring session. */
    static AuditEvent onCall(MonitoringAuditAction action, AuditOutcome outcome, String callId, String agent, String queue,
                             String detail) {
        return event(action, outcome, callId, agent, queue, null, null, detail);
    }

    private static AuditEvent event(MonitoringAuditAction action, AuditOutcome outcome, String callId, String agent, String queue,
                                    MonitoringMode mode, MonitoringPurpose purpose, String detail) {
        return new AuditEvent(action, outcome, AuditTarget.of("Call", callId), AuditDetails.NONE, detail)
                .with(AuditDetails.CALL, callId)
                .with(AuditDetails.AGENT, agent)
                .with(AuditDetails.QUEUE, queue)
                .with(AuditDetails.MODE, mode)
                .with(AuditDetails.PURPOSE, purpose);
    }
}
