package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardPdf.number;
import static org.earshot.web.dashboard.DashboardPdf.percent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.OperationsReport;
import org.earshot.dashboard.OperationsReport.DayFigures;
import org.earshot.dashboard.OperationsReport.Figures;
import org.earshot.dashboard.OperationsReport.GroupFigures;
import org.earshot.dashboard.OperationsReport.HandleBand;

/**
 * The operations dashboard as a PDF report: the filter by name, when and for whom it was made, the tiles,
 * the calls per day and the mean handle time per day as charts, the handle time distribution as a chart,
 * and the tables by team and by queue, from the same {@link OperationsReport} the page and the CSV exports show.
 */
final class OperationsPdf {

    static final String TITLE = "Operations dashboard";

    private OperationsPdf() {
    }

    static void write(OperationsReport report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException {
        PdfLayout pdf = DashboardPdf.begin(TITLE, report.filter(), choices, user, generated);

        var s = report.summary();
        Figures f = s.figures();
        pdf.heading("Summary");
        pdf.tiles(List.of(
                new String[] {"Calls", String.valueOf(f.calls())},
                new String[] {"Answered", f.answered() + " (" + percent(f.answeredPercent()) + ")"},
                new String[] {"Mean handle time", seconds(f.meanHandleSeconds())},
                new String[] {"Mean agent talk", percent(f.meanAgentTalkPercent())},
                new String[] {"Mean silence per call", seconds(f.meanSilenceSeconds())},
                new String[] {"Mean longest silence", seconds(s.meanLongestSilenceSeconds())},
                new String[] {"Calls with speech signals", String.valueOf(f.withSpeech())},
                new String[] {"Calls now", String.valueOf(s.callsNow())}));

        DashboardFilter filter = report.filter();
        pdf.heading("Calls per day");
        PdfCharts.lines(pdf, "Calls", maxOf(report.trend(), d -> BigDecimal.valueOf(d.figures().calls())), "Day (UTC)", filter.from(),
                filter.to(), List.of(series("Calls", report.trend(), d -> BigDecimal.valueOf(d.figures().calls())),
                        series("Answered", report.trend(), d -> BigDecimal.valueOf(d.figures().answered()))));
        pdf.heading("Mean handle time per day");
        PdfCharts.lines(pdf, "Seconds", maxOf(report.trend(), d -> d.figures().meanHandleSeconds()), "Day (UTC)", filter.from(),
                filter.to(), List.of(series("Mean handle time (s)", report.trend(), d -> d.figures().meanHandleSeconds())));

        pdf.heading("Handle time of the answered calls");
        PdfCharts.bars(pdf, "Answered calls", "Handle time (minutes)", report.distribution().stream().map(OperationsPdf::band).toList(),
                report.distribution().stream().map(HandleBand::calls).toList());

        pdf.heading("By team");
        groups(pdf, "Team", report.teams());
        pdf.heading("By queue");
        groups(pdf, "Queue", report.queues());
        pdf.save(out);
    }

    private static void groups(PdfLayout pdf, String what, List<GroupFigures> groups) throws IOException {
        pdf.table(List.of(what, "Calls", "Answered", "Answered %", "Mean handle", "Agent talk", "Mean silence"),
                new float[] {0.24f, 0.1f, 0.12f, 0.12f, 0.14f, 0.14f, 0.14f},
                groups.stream().map(g -> List.of(g.name() == null ? "(none)" : g.name(), String.valueOf(g.figures().calls()),
                        String.valueOf(g.figures().answered()), percent(g.figures().answeredPercent()), seconds(g.figures().meanHandleSeconds()),
                        percent(g.figures().meanAgentTalkPercent()), seconds(g.figures().meanSilenceSeconds()))).toList());
    }

    /** A band's minutes, as "1-3" or "20+". */
    static String band(HandleBand band) {
        return band.toSeconds() == null ? band.fromSeconds() / 60 + "+" : band.fromSeconds() / 60 + "-" + band.toSeconds() / 60;
    }

    private static PdfCharts.Series series(String name, List<DayFigures> days, Function<DayFigures, BigDecimal> value) {
        Map<java.time.LocalDate, Double> values = new LinkedHashMap<>();
        days.forEach(d -> {
            BigDecimal v = value.apply(d);
            if (v != null) {
                values.put(d.day(), v.doubleValue());
            }
        });
        return new PdfCharts.Series(name, values);
    }

    /** The largest value, at least 1, so that an empty chart still has a scale. */
    private static double maxOf(List<DayFigures> days, Function<DayFigures, BigDecimal> value) {
        return days.stream().map(value).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(1) * 1.1 + 1;
    }

    private static String seconds(BigDecimal value) {
        return value == null ? "-" : number(value) + " s";
    }
}
