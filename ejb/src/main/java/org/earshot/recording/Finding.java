package org.earshot.recording;

import java.util.UUID;

/** What one reconciliation check found, before it is recorded: its kind, the call and recording, and what is wrong. */
record Finding(FindingKind kind, String callId, UUID recordingId, String detail) {

    static Finding onCall(FindingKind kind, String callId, String detail) {
        return new Finding(kind, callId, null, detail);
    }

    static Finding onRecording(FindingKind kind, Recording recording, String detail) {
        return new Finding(kind, recording.getCallId(), recording.getId(), detail);
    }

    /** What it is about, once per kind: the recording, or the call that has none. */
    String subject() {
        return recordingId != null ? recordingId.toString() : callId;
    }
}
