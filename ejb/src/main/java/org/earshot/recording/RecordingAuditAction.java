package org.earshot.recording;

import org.earshot.audit.AuditAction;

/** What the audit trail records about call recording: policies, recordings' lives, and who listened. */
public enum RecordingAuditAction implements AuditAction {
    RECORDING_POLICY_CHANGE,
    /** A call's recording started: by its policy, or on demand. */
    RECORDING_START,
    /** A call the policy said to record could not be (the keyset is unavailable, the core refused). */
    RECORDING_MISSED,
    RECORDING_PAUSE,
    RECORDING_RESUME,
    /** A recording left open by a stopped server was re-sealed at startup. */
    RECORDING_RECOVER,
    /** A recording's details were asked for: audited when refused. */
    RECORDING_VIEW,
    RECORDING_PLAY,
    RECORDING_DOWNLOAD;

    @Override
    public String capability() {
        return "recording";
    }
}
