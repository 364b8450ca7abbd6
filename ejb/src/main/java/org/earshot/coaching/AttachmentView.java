package org.earshot.coaching;

import java.time.Instant;
import java.util.UUID;

/** Something shown at a session: an evaluation, a recording, or a snippet of one (its marks in ms of the recording's timeline). */
public record AttachmentView(long id, AttachmentKind kind, Long evaluationId, UUID recordingId, Long startMs, Long endMs, String note,
                             String addedBy, Instant addedAt) {
}
