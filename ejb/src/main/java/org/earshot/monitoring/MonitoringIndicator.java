package org.earshot.monitoring;

import java.time.Instant;
import org.earshot.telephony.api.MonitoringMode;

/** What an agent's own view shows while their call is monitored: the mode and since when, never who. */
public record MonitoringIndicator(String callId, MonitoringMode mode, Instant since) {
}
