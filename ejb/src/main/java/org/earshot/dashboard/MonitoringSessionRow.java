package org.earshot.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A monitoring session behind a number of the monitoring dashboard, as its lists and exports show it:
 * the mode it is counted under and the one it was in last, the seconds it lasted (null while under way), and
 * the call's recording, if it was recorded and is kept (its page plays the call).
 */
public record MonitoringSessionRow(long sessionId, String callId, LocalDate day, Instant requestedAt, String supervisor, String agent,
                                   String team, String queue, String countedAs, String lastMode, String purpose, String state,
                                   Long listenedSeconds, String recordingId) {
}
