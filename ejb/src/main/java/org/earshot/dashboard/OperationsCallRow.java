package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call behind a number of the operations dashboard, as its lists and exports show it; its id opens the
 * call's page. Times in seconds; the speech figures are null without speech signals.
 */
public record OperationsCallRow(String callId, Instant startedAt, String agent, String team, String queue, boolean answered,
                                BigDecimal handleSeconds, Long agentTalkPercent, BigDecimal silenceSeconds, String disposition) {
}
