package org.earshot.coaching;

import java.util.List;

/** A plan with its goals and their progress, and its sessions, newest first. */
public record PlanView(PlanSummary summary, List<GoalView> goals, List<SessionSummary> sessions) {
}
