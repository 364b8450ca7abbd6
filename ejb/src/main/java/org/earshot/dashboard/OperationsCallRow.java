package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A call behind a number of the operations dashboard, as its lists and exports show it: its id (for
 * {@code /api/v1/calls/{id}}) and its recording's while it is kept (the call's page). Times in seconds; the
 * speech figures are null without speech signals.
 */
public record OperationsCallRow(String callId, Instant startedAt, String agent, String team, String queue, boolean answered,
                                BigDecimal handleSeconds, Long agentTalkPercent, BigDecimal silenceSeconds, String disposition,
                                UUID recordingId) {
}
