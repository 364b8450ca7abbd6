package org.earshot.recording;

/** Where a recording stands: being written, or finished whole or not. */
public enum RecordingStatus {
    RECORDING,
    /** Recorded from its start to the call's end. */
    COMPLETE,
    /** Stopped early (a write failed, the server stopped); what was recorded is kept. */
    INCOMPLETE
}
