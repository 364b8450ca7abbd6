package org.earshot.evaluation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A scorecard as lists and pages show it: its name, who created it, the numbers of its published
 * version and its draft (null when none), how many versions it has, and the queues and teams it is
 * assigned to.
 */
public record ScorecardView(Long id, String name, String createdBy, Instant createdAt, Integer publishedVersion,
                            Integer draftVersion, int versions, List<Assignee> queues, List<Assignee> teams) {

    /** A queue or team the scorecard is assigned to. */
    public record Assignee(Long id, String name) {
        static final Comparator<Assignee> BY_NAME = Comparator.comparing(Assignee::name).thenComparing(Assignee::id);
    }
}
