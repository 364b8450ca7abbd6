package org.earshot.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A goal as a trainer sets it: a question or section of a scorecard by its key, the target in percent and the date it is due. */
public record NewGoal(Long scorecardId, GoalSubject subject, String key, TargetKind targetKind, BigDecimal targetValue, LocalDate dueOn) {
}
