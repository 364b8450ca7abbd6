package org.earshot.web.dashboard;

import org.earshot.dashboard.MonitoringReport;
import org.earshot.web.dashboard.MonitoringDashboardResource.Table;

/** The monitoring dashboard's tables as CSV, one header row and a row per line of the table; durations in seconds. */
final class MonitoringCsv {

    private MonitoringCsv() {
    }

    static void write(Table table, MonitoringReport report, CsvWriter csv) {
        switch (table) {
            case SUMMARY -> {
                var s = report.summary();
                csv.row("sessions", "supervisors", "listened (s)", "mean listened per ended session (s)", "whispers", "barges", "takeovers",
                        "denied attempts", "calls now", "monitored now");
                csv.row(s.sessions(), s.supervisors(), s.listenedSeconds(), s.meanListenedSeconds(), s.whispers(), s.barges(), s.takeovers(),
                        s.denied(), report.live().callsNow(), report.live().monitoredNow());
            }
            case TREND -> {
                csv.row("day", "sessions", "listen", "whisper", "barge", "takeover");
                report.trend().forEach(d -> csv.row(d.day(), d.sessions(), d.listen(), d.whisper(), d.barge(), d.takeover()));
            }
            case SUPERVISORS -> {
                csv.row("supervisor", "sessions", "listened (s)", "mean listened (s)", "barges", "takeovers");
                report.supervisors().forEach(s -> csv.row(s.supervisor(), s.sessions(), s.listenedSeconds(), s.meanListenedSeconds(), s.barges(),
                        s.takeovers()));
            }
            case MODES -> {
                csv.row("mode (the most intrusive the session was in)", "sessions", "% of sessions");
                report.modes().forEach(m -> csv.row(m.mode(), m.sessions(), m.percent()));
            }
            case PURPOSES -> {
                csv.row("purpose", "sessions", "listened (s)");
                report.purposes().forEach(p -> csv.row(p.label(), p.sessions(), p.listenedSeconds()));
            }
            case DURATIONS -> {
                csv.row("duration", "from (s)", "below (s)", "ended sessions");
                report.durations().forEach(b -> csv.row(b.label(), b.fromSeconds(), b.toSeconds(), b.sessions()));
            }
            case DENIALS -> {
                csv.row("supervisor", "denied attempts", "starts refused", "switches refused");
                report.denials().forEach(d -> csv.row(d.supervisor(), d.attempts(), d.starts(), d.switches()));
            }
            case SESSIONS -> throw new IllegalArgumentException("The sessions are streamed from the database, not from the report");
        }
    }
}
