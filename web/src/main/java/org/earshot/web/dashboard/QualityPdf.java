package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardPdf.number;
import static org.earshot.web.dashboard.DashboardPdf.percent;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendPeriod;

/**
 * The quality dashboard as a PDF report: the filter by name, when and for whom it was made, the tiles,
 * the score trend and distribution as charts, and the tables of failed questions, sampling targets and
 * calibration, from the same {@link QualityReport} the page and the CSV exports show.
 */
final class QualityPdf {

    static final String TITLE = "Quality dashboard";

    private QualityPdf() {
    }

    /**
     * Writes the report; {@code choices} names the filter's site, team, queue, agent and forms (the
     * caller's choices hold every one the filter may name).
     */
    static void write(QualityReport report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException {
        PdfLayout pdf = DashboardPdf.begin(TITLE, report.filter(), choices, user, generated);

        var s = report.summary();
        pdf.heading("Summary");
        pdf.tiles(List.of(
                new String[] {"Evaluations", String.valueOf(s.evaluations())},
                new String[] {"Mean score (of 100)", number(s.meanScore())},
                new String[] {"Score standard deviation", number(s.scoreDeviation())},
                new String[] {"Critical failures (auto-fail)", s.autoFailed() + " (" + percent(s.autoFailPercent()) + ")"},
                new String[] {"Disputed", s.disputed() + " (" + percent(s.disputePercent()) + ")"},
                new String[] {"Disputes appealed", String.valueOf(s.appealed())},
                new String[] {"Disputes upheld", String.valueOf(s.upheld())},
                new String[] {"Disputes re-scored", String.valueOf(s.reScored())}));

        pdf.heading("Score trend");
        String per = report.period() == TrendPeriod.WEEK ? "Week from" : "Day";
        // a week's point is on its Monday, which may come before the range's first day
        LocalDate first = report.trend().stream().flatMap(line -> line.points().stream()).map(QualityReport.TrendPoint::period)
                .filter(day -> day.isBefore(report.filter().from())).min(LocalDate::compareTo).orElse(report.filter().from());
        PdfCharts.lines(pdf, "Mean score (points of 100)", 100, per, first, report.filter().to(),
                report.trend().stream().map(QualityPdf::series).toList());

        pdf.heading("Distribution of scores");
        PdfCharts.bars(pdf, "Evaluations", "Score (points of 100)",
                report.distribution().stream().map(b -> b.from() + "-" + b.to()).toList(),
                report.distribution().stream().map(QualityReport.ScoreBand::evaluations).toList());

        pdf.heading("Questions failed most");
        pdf.table(List.of("Form", "Question", "Asked", "Failed", "N/A", "Failed %"), new float[] {0.2f, 0.44f, 0.09f, 0.09f, 0.08f, 0.1f},
                report.failedQuestions().stream().map(q -> List.of(q.form(), q.text(), String.valueOf(q.asked()), String.valueOf(q.failed()),
                        String.valueOf(q.notApplicable()), percent(q.failPercent()))).toList());

        pdf.heading("Evaluations against the sampling targets");
        pdf.table(List.of("Rule", "Period from", "Target", "Picked", "Evaluated", "Evaluated %"),
                new float[] {0.35f, 0.15f, 0.12f, 0.12f, 0.13f, 0.13f},
                report.sampling().stream().map(d -> List.of(d.rule(), String.valueOf(d.periodStart()), String.valueOf(d.target()),
                        String.valueOf(d.picked()), String.valueOf(d.done()), percent(d.donePercent()))).toList());

        pdf.heading("Calibration variance by evaluator");
        pdf.table(List.of("Evaluator", "Sessions", "Mean deviation (points; + lenient)", "Variance (points²)"),
                new float[] {0.28f, 0.1f, 0.37f, 0.25f},
                report.calibration().stream().map(c -> List.of(c.evaluator(), String.valueOf(c.sessions()), number(c.meanDeviation()),
                        number(c.deviationVariance()))).toList());
        pdf.save(out);
    }

    private static PdfCharts.Series series(QualityReport.TrendSeries line) {
        Map<LocalDate, Double> values = new LinkedHashMap<>();
        line.points().stream().filter(p -> p.meanScore() != null).forEach(p -> values.put(p.period(), p.meanScore().doubleValue()));
        return new PdfCharts.Series(line.name(), values);
    }
}
