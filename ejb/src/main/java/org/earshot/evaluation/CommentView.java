package org.earshot.evaluation;

import java.time.Instant;

/** A comment as shown; {@code offsetMillis} pins it to the recording's timeline, null when not pinned. */
public record CommentView(Long id, String text, String author, Instant createdAt, Long offsetMillis, String questionKey) {
}
