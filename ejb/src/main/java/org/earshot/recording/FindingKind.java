package org.earshot.recording;

/** What the reconciliation of calls against recordings can find wrong. */
public enum FindingKind {
    /** An answered call its queue's policy records entirely (or whose recording was refused) has no recording. */
    MISSING,
    /** A recording much shorter than its call's answered part. */
    SHORT,
    /** A recording one of whose channels (caller left, agent right) is silent throughout. */
    SILENT_CHANNEL,
    /** A recording whose call Earshot has no record of. */
    UNKNOWN_CALL,
    /** A recording still marked as recording although its call ended more than a minute ago. */
    STUCK
}
