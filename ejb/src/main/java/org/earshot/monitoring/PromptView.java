package org.earshot.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An audio prompt as the admin pages list it: its length and the queues that play it (one in use cannot be deleted). */
public record PromptView(long id, String name, Duration length, Instant uploadedAt, List<String> usedBy) {

    public PromptView {
        usedBy = List.copyOf(usedBy);
    }

    public boolean inUse() {
        return !usedBy.isEmpty();
    }
}
