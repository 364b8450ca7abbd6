package org.earshot.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A goal with what it is about (the question's text or the section's title in the scorecard's current
 * form), its target and due date, its status and its computed progress.
 */
public record GoalView(long id, long scorecardId, String scorecardName, GoalSubject subject, String key, String label, TargetKind targetKind,
                       BigDecimal target, LocalDate dueOn, GoalStatus status, Instant settledAt, GoalProgress progress) {
}
