package org.earshot.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * A call behind a number of the compliance dashboard: its id (for {@code /api/v1/calls/{id}}), the notices
 * played on it, whether its announcement was due and not played, whether its recording was paused, and the
 * recording's id while it is kept (the call's page).
 */
public record ComplianceCallRow(String callId, Instant startedAt, String agent, String team, String queue, boolean answered,
                                long noticesPlayed, boolean announcementMissed, boolean recordingPaused, UUID recordingId) {
}
