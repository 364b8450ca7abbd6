package org.earshot.recording;

import java.util.UUID;
import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditDetails;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditTarget;

/**
 * The audit trail's entries about recordings: the recording is the target once there is one (the
 * call before), the call, agent and queue are details, so the trail's call filter finds them.
 */
final class RecordingAudit {

    static final String RECORDING = "recording";
    /** The actor of what Earshot does on its own (the startup recovery), as the demo seeding names it. */
    static final String SYSTEM = "system";
    static final String TRACK = "track";

    private RecordingAudit() {
    }

    static AuditEvent onCall(AuditAction action, AuditOutcome outcome, String callId, UUID recordingId, String detail) {
        AuditTarget target = recordingId == null ? AuditTarget.of("Call", callId) : AuditTarget.of("Recording", recordingId);
        return new AuditEvent(action, outcome, target, AuditDetails.NONE, detail)
                .with(AuditDetails.CALL, callId)
                .with(RECORDING, recordingId);
    }

    /** The same entry naming the call's agent and queue, as far as they are known. */
    static AuditEvent about(AuditEvent event, String agent, String queue) {
        return event.with(AuditDetails.AGENT, agent).with(AuditDetails.QUEUE, queue);
    }
}
