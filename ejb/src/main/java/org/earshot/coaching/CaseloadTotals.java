package org.earshot.coaching;

/** A coach's caseload in figures: the agents they coach, and the actions agreed with them past their due date (UTC) and not done. */
public record CaseloadTotals(long agents, long overdueActions) {
}
