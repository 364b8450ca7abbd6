package org.earshot.coaching;

/** A question or section a goal may be set on: of a published scorecard, by key, with its text or title. */
public record GoalOption(long scorecardId, String scorecardName, GoalSubject subject, String key, String label) {
}
