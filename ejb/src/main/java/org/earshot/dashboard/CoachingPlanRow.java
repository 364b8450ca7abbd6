package org.earshot.dashboard;

import java.time.LocalDate;

/** A coaching plan behind a number of the coaching dashboard: its agent, their team, its trainer, title, status and days (UTC). */
public record CoachingPlanRow(long planId, String agent, String team, String trainer, String title, String status, LocalDate startedOn,
                              LocalDate endedOn) {
}
