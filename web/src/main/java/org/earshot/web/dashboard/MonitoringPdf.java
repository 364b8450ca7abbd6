package org.earshot.web.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.MonitoringReport;
import org.earshot.dashboard.MonitoringReport.ModeDay;

/**
 * The monitoring dashboard as a PDF report: the filter by name, when and for whom it was made
 * ({@link DashboardPdf}), the tiles, the sessions per day as a line per mode, the sessions by mode and by
 * duration as bar charts, and the tables by supervisor, by purpose and of denied attempts, from the same
 * {@link MonitoringReport} the page and the CSV exports show.
 */
final class MonitoringPdf {

    static final String TITLE = "Monitoring dashboard";

    private MonitoringPdf() {
    }

    static void write(MonitoringReport report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException {
        PdfLayout pdf = DashboardPdf.begin(TITLE, report.filter(), choices, user, generated);

        var s = report.summary();
        pdf.heading("Summary");
        pdf.tiles(List.of(
                new String[] {"Sessions", String.valueOf(s.sessions())},
                new String[] {"Supervisors", String.valueOf(s.supervisors())},
                new String[] {"Listened in all", MonitoringCharts.minutes(s.listenedSeconds()) + " min"},
                new String[] {"Mean per session (s)", DashboardPdf.number(s.meanListenedSeconds())},
                new String[] {"Whispers", String.valueOf(s.whispers())},
                new String[] {"Barges", String.valueOf(s.barges())},
                new String[] {"Takeovers", String.valueOf(s.takeovers())},
                new String[] {"Denied attempts", String.valueOf(s.denied())},
                new String[] {"Calls now", String.valueOf(report.live().callsNow())},
                new String[] {"Monitored now", String.valueOf(report.live().monitoredNow())}));

        pdf.heading("Sessions per day by mode");
        long most = report.trend().stream().mapToLong(ModeDay::sessions).max().orElse(0);
        PdfCharts.lines(pdf, "Sessions", PdfCharts.roundTop(most), "Day", report.filter().from(), report.filter().to(), List.of(
                series("All sessions", report, ModeDay::sessions), series("Listen", report, ModeDay::listen),
                series("Whisper", report, ModeDay::whisper), series("Barge", report, ModeDay::barge),
                series("Takeover", report, ModeDay::takeover)));

        pdf.heading("Sessions by mode (the most intrusive each was in)");
        PdfCharts.bars(pdf, "Sessions", "Mode", report.modes().stream().map(m -> m.mode().name()).toList(),
                report.modes().stream().map(MonitoringReport.ModeSessions::sessions).toList());

        pdf.heading("Ended sessions by duration");
        PdfCharts.bars(pdf, "Sessions", "Time in the call", report.durations().stream().map(MonitoringReport.DurationBand::label).toList(),
                report.durations().stream().map(MonitoringReport.DurationBand::sessions).toList());

        pdf.heading("Sessions by supervisor");
        pdf.table(List.of("Supervisor", "Sessions", "Listened (min)", "Mean (s)", "Barges", "Takeovers"),
                new float[] {0.3f, 0.13f, 0.16f, 0.13f, 0.14f, 0.14f},
                report.supervisors().stream().map(v -> List.of(v.supervisor(), String.valueOf(v.sessions()),
                        MonitoringCharts.minutes(v.listenedSeconds()), DashboardPdf.number(v.meanListenedSeconds()), String.valueOf(v.barges()),
                        String.valueOf(v.takeovers()))).toList());

        pdf.heading("Sessions by purpose");
        pdf.table(List.of("Purpose", "Sessions", "Listened (min)"), new float[] {0.5f, 0.25f, 0.25f},
                report.purposes().stream().map(p -> List.of(p.label(), String.valueOf(p.sessions()), MonitoringCharts.minutes(p.listenedSeconds())))
                        .toList());

        pdf.heading("Denied attempts");
        pdf.table(List.of("Supervisor", "Attempts", "Starts refused", "Switches refused"), new float[] {0.4f, 0.2f, 0.2f, 0.2f},
                report.denials().stream().map(d -> List.of(d.supervisor(), String.valueOf(d.attempts()), String.valueOf(d.starts()),
                        String.valueOf(d.switches()))).toList());
        pdf.save(out);
    }

    private static PdfCharts.Series series(String name, MonitoringReport report, ToLongFunction<ModeDay> count) {
        Map<LocalDate, Double> values = new LinkedHashMap<>();
        report.trend().forEach(day -> values.put(day.day(), (double) count.applyAsLong(day)));
        return new PdfCharts.Series(name, values);
    }
}
