package org.earshot.dashboard;

import java.time.Instant;

/** A coaching session behind a number of the coaching dashboard. */
public record CoachingSessionRow(long sessionId, long planId, String agent, String team, String trainer, Instant scheduledAt,
                                 int durationMinutes, String state, boolean acknowledged) {
}
