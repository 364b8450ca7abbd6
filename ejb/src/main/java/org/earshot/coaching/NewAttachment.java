package org.earshot.coaching;

import java.util.UUID;

/** What to show at a session: an evaluation, a whole recording, or a snippet of a recording from startMs to endMs of its timeline. */
public record NewAttachment(AttachmentKind kind, Long evaluationId, UUID recordingId, Long startMs, Long endMs, String note) {
}
