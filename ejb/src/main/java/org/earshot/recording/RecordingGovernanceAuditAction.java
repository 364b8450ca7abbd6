package org.earshot.recording;

import org.earshot.audit.AuditAction;

/** What the audit trail records about keeping and removing recordings: holds, deletions, erasure, findings, keys. */
public enum RecordingGovernanceAuditAction implements AuditAction {
    LEGAL_HOLD_CREATE,
    LEGAL_HOLD_RELEASE,
    /** One recording crypto-shredded, with why: retention expired, an erasure request, a person's deletion. Refusals too. */
    RECORDING_DELETE,
    /** A caller's erasure request, with what it found, erased and kept on hold. */
    RECORDING_ERASURE,
    /** The retention purge was run (its dry run too): how many recordings it removed and kept. */
    RECORDING_PURGE,
    /** The reconciliation found something wrong with a call's recording; each finding once. */
    RECORDING_FINDING,
    /** The reconciliation was run on demand. */
    RECORDING_RECONCILE,
    KEY_ROTATION_START,
    KEY_ROTATION_COMPLETE;

    @Override
    public String capability() {
        return "recording";
    }
}
