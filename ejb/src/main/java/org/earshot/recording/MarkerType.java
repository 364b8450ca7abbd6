package org.earshot.recording;

/** What a marker on a recording's timeline says happened then. */
public enum MarkerType {
    ANSWERED,
    HELD,
    RESUMED,
    /** Another agent has the call from here (the label names them). */
    TRANSFERRED,
    MONITOR_STARTED,
    MONITOR_MODE_CHANGED,
    MONITOR_ENDED,
    RECORDING_PAUSED,
    RECORDING_RESUMED,
    /** A key pressed: the digit, or "masked" while the recording was paused. */
    DTMF,
    RECORDING_STOPPED
}
