package org.earshot.coaching;

import java.time.Instant;
import java.util.List;

/** A session with its notes, the agent's comment, the agreed actions and what is attached to it. */
public record SessionView(SessionSummary summary, String notes, Instant endedAt, String agentComment, List<ActionView> actions,
                          List<AttachmentView> attachments) {
}
