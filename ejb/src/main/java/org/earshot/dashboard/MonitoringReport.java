package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The monitoring dashboard for one filter: the sessions supervisors were connected in, requested in the
 * range, within the caller's scope through the monitored call's agent, team and queue. A session counts
 * once, under the most intrusive mode it was in (LISTEN, WHISPER, BARGE, TAKEOVER in that order: a
 * session that whispered and then barged is a barge), so the modes add up to the sessions. Durations are
 * in seconds, of the sessions that ended (connected to ended). Denied attempts are the refused starts and
 * mode switches of the audit trail, on calls in scope.
 */
public record MonitoringReport(DashboardFilter filter, Summary summary, Live live, List<ModeDay> trend, List<SupervisorSessions> supervisors,
                               List<ModeSessions> modes, List<PurposeSessions> purposes, List<DurationBand> durations,
                               List<SupervisorDenials> denials) implements DashboardReport {

    public MonitoringReport {
        trend = List.copyOf(trend);
        supervisors = List.copyOf(supervisors);
        modes = List.copyOf(modes);
        purposes = List.copyOf(purposes);
        durations = List.copyOf(durations);
        denials = List.copyOf(denials);
    }

    /**
     * The tiles: sessions and the supervisors who held them, the time listened in all and per ended session
     * (seconds; null when none ended), the sessions counted as whispers, barges and takeovers, and the denied attempts.
     */
    public record Summary(long sessions, long supervisors, long listenedSeconds, BigDecimal meanListenedSeconds, long whispers, long barges,
                          long takeovers, long denied) {
    }

    /** What is under way now, whatever the range, in scope and filtered by site, team, queue and agent: calls, and sessions connected. */
    public record Live(long callsNow, long monitoredNow) {
    }

    /** A day's sessions, and by the mode each is counted under. */
    public record ModeDay(LocalDate day, long sessions, long listen, long whisper, long barge, long takeover) {

        public static ModeDay of(LocalDate day, long listen, long whisper, long barge, long takeover) {
            return new ModeDay(day, listen + whisper + barge + takeover, listen, whisper, barge, takeover);
        }
    }

    /** A supervisor's sessions, the time they listened and the sessions they barged in or took over. */
    public record SupervisorSessions(long supervisorId, String supervisor, long sessions, long listenedSeconds, BigDecimal meanListenedSeconds,
                                     long barges, long takeovers) {
    }

    /** The sessions counted under a mode, and the share of all sessions. */
    public record ModeSessions(MonitoringMode mode, long sessions, BigDecimal percent) {
    }

    /** The sessions held for a purpose and the time listened for it. */
    public record PurposeSessions(MonitoringPurpose purpose, String label, long sessions, long listenedSeconds) {
    }

    /** The ended sessions that lasted from {@code fromSeconds} up to {@code toSeconds} (null: no limit). */
    public record DurationBand(int band, long fromSeconds, Long toSeconds, String label, long sessions) {
    }

    /** A supervisor's refused attempts: starts and mode switches. */
    public record SupervisorDenials(String supervisor, long attempts, long starts, long switches) {
    }
}
