package org.earshot.monitoring;

import org.earshot.audit.AuditDetails;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditTarget;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The audit trail's entries about monitoring: the call is the target; agent, queue, mode, purpose
 * and the channel the step came through are details, and the channel is named in the sentence too
 * ("session 12 via REST: LISTEN -> BARGE"). Public for the demo data, which audits its sessions as these would be.
 */
public final class MonitoringAudit {

    /** The detail naming the channel (console, REST, feature code, phone key, telephony, Earshot). */
    static final String CHANNEL = "channel";

    private MonitoringAudit() {
    }

    public static AuditEvent of(MonitoringAuditAction action, MonitoringSession session, MonitoringChannel channel, String detail) {
        return event(action, AuditOutcome.SUCCESS, session.getCallId(), session.getAgentUsername(), session.getQueueName(),
                session.getMode(), session.getPurpose(), "session " + session.getId() + " via " + channel + ": " + detail)
                .with(CHANNEL, channel);
    }

    /** A refused start or switch; the mode is the one asked for. */
    public static AuditEvent denied(MonitoringAuditAction action, String callId, String agent, String queue, MonitoringMode mode,
                             MonitoringPurpose purpose, MonitoringChannel channel, String reason) {
        return event(action, AuditOutcome.DENIED, callId, agent, queue, mode, purpose, "via " + channel + ": " + reason)
                .with(CHANNEL, channel);
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
