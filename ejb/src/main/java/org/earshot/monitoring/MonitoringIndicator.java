package org.earshot.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import org.earshot.telephony.api.MonitoringMode;

/**
 * What an agent's own view shows while their call is monitored: the mode and since when, never who.
 *
 * @param mode  the most intrusive mode of the sessions connected to the call
 * @param since when that mode began: the earliest of those sessions in it came to it (answered in it, or switched to it)
 */
public record MonitoringIndicator(String callId, MonitoringMode mode, Instant since) {

    /** The indicator for a call's connected sessions (at least one). */
    static MonitoringIndicator of(String callId, Collection<MonitoringSession> connected) {
        MonitoringMode mode = connected.stream().map(MonitoringSession::getMode).max(Comparator.naturalOrder()).orElseThrow();
        Instant since = connected.stream().filter(session -> session.getMode() == mode).map(MonitoringSession::getModeSince)
                .min(Comparator.naturalOrder()).orElseThrow();
        return new MonitoringIndicator(callId, mode, since);
    }
}
