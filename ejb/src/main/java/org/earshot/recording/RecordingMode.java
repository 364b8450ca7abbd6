package org.earshot.recording;

/** Which calls of a queue (or of the organization's direct calls) are recorded from their start. */
public enum RecordingMode {
    /** Every call. */
    ALL,
    /** A random share of the calls, the policy's sample percent. */
    SAMPLE,
    /** None from the start; a supervisor or the call's agent may start recording one under way. */
    ON_DEMAND,
    /** None, not even on demand. */
    NEVER
}
