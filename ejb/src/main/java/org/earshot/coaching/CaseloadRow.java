package org.earshot.coaching;

import java.time.Instant;

/**
 * One agent of a coach's caseload: their active plan if any (its id, open goals), their sessions
 * scheduled this week (Monday to Sunday, UTC), the next one, and the agreed actions past their due date
 * and not done.
 */
public record CaseloadRow(long agentId, String agent, String agentName, String team, Long planId, String planTitle, int openGoals,
                          int sessionsThisWeek, Instant nextSession, int overdueActions) {
}
