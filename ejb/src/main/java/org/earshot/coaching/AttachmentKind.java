package org.earshot.coaching;

/** What is shown at a session: an evaluation, a whole recording, or a snippet of one between two marks. */
public enum AttachmentKind {
    EVALUATION,
    RECORDING,
    SNIPPET
}
