package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardPdf.number;
import static org.earshot.web.dashboard.DashboardPdf.percent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.earshot.dashboard.CoachingReport;
import org.earshot.dashboard.DashboardChoices;

/**
 * The coaching dashboard as a PDF report: the filter by name, when and for whom it was made, the tiles,
 * the sessions held per week as a chart, and the tables of goal attainment, trainers and score changes,
 * from the same {@link CoachingReport} the page and the CSV exports show.
 */
final class CoachingPdf {

    static final String TITLE = "Coaching dashboard";

    private CoachingPdf() {
    }

    static void write(CoachingReport report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException {
        PdfLayout pdf = DashboardPdf.begin(TITLE, report.filter(), choices, user, generated);

        var s = report.summary();
        pdf.heading("Summary");
        pdf.tiles(List.of(
                new String[] {"Plans open", String.valueOf(s.plansOpen())},
                new String[] {"Plans started", String.valueOf(s.plansStarted())},
                new String[] {"Plans achieved / missed", s.plansAchieved() + " / " + s.plansMissed()},
                new String[] {"Sessions held / missed", s.sessionsHeld() + " / " + s.sessionsMissed()},
                new String[] {"Sessions held %", percent(s.heldPercent())},
                new String[] {"Acknowledged by the agent", String.valueOf(s.sessionsAcknowledged())},
                new String[] {"Goals achieved / missed", s.goalsAchieved() + " / " + s.goalsMissed() + " (" + percent(s.attainmentPercent()) + ")"},
                new String[] {"Score change of coached agents", signed(s.meanScoreChange()) + " (" + s.plansCompared() + " plans)"}));

        pdf.heading("Sessions held per week");
        PdfCharts.bars(pdf, "Sessions held", "Week from (Monday)", report.weeks().stream().map(w -> w.week().toString()).toList(),
                report.weeks().stream().map(CoachingReport.WeekSessions::held).toList());

        pdf.heading("Goal attainment");
        pdf.table(List.of("Form", "Subject", "Key", "Achieved", "Missed", "Attainment"), new float[] {0.28f, 0.14f, 0.22f, 0.12f, 0.12f, 0.12f},
                report.goals().stream().map(g -> List.of(g.form(), g.subject(), g.key(), String.valueOf(g.achieved()),
                        String.valueOf(g.missed()), percent(g.attainmentPercent()))).toList());

        pdf.heading("Sessions by trainer");
        pdf.table(List.of("Trainer", "Agents", "Held", "Missed", "Cancelled", "Scheduled", "Acknowledged", "Held %"),
                new float[] {0.2f, 0.1f, 0.1f, 0.1f, 0.12f, 0.12f, 0.14f, 0.12f},
                report.trainers().stream().map(t -> List.of(t.trainer(), String.valueOf(t.agents()), String.valueOf(t.held()),
                        String.valueOf(t.missed()), String.valueOf(t.cancelled()), String.valueOf(t.scheduled()),
                        String.valueOf(t.acknowledged()), percent(t.heldPercent()))).toList());

        pdf.heading("Scores before and after coaching (" + CoachingReport.BEFORE_DAYS + " days before each plan)");
        pdf.table(List.of("Team", "Plans", "Mean before (of 100)", "Mean after (of 100)", "Change (points)"),
                new float[] {0.28f, 0.1f, 0.2f, 0.2f, 0.22f},
                report.scoreChanges().stream().map(c -> List.of(c.team(), String.valueOf(c.plans()), number(c.meanBefore()),
                        number(c.meanAfter()), signed(c.meanChange()))).toList());
        pdf.save(out);
    }

    private static String signed(BigDecimal value) {
        return value == null ? "-" : (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}
