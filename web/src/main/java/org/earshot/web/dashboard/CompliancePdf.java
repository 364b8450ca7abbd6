package org.earshot.web.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.earshot.dashboard.ComplianceReport;
import org.earshot.dashboard.ComplianceReport.ComplianceDay;
import org.earshot.dashboard.ComplianceReport.NoticeCount;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.telephony.api.PlayedNotice;

/**
 * The compliance dashboard as a PDF report: the opening every dashboard's has ({@link DashboardPdf}), the tiles,
 * the figures per day as a line chart, the notices played as a bar chart, the purges by why, and the legal holds,
 * permission reviews and audit verification as far as the caller is permitted them; from the same
 * {@link ComplianceReport} the page and the CSV exports show.
 */
final class CompliancePdf {

    static final String TITLE = "Compliance dashboard";

    private CompliancePdf() {
    }

    static void write(ComplianceReport report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException {
        PdfLayout pdf = DashboardPdf.begin(TITLE, report.filter(), choices, user, generated);
        var s = report.summary();
        pdf.heading("Summary");
        pdf.tiles(List.of(
                new String[] {"Calls", String.valueOf(s.calls())},
                new String[] {"Notices played", String.valueOf(s.noticesPlayed())},
                new String[] {"Announcements missed", s.announcementsMissed() + " of " + s.announcementsDue()},
                new String[] {"Recordings paused", s.recordingsPaused() + " (" + s.pauses() + " pauses)"},
                new String[] {"Recordings purged", String.valueOf(s.purged())},
                new String[] {"Legal holds open", report.holds().permitted() ? String.valueOf(report.holds().open()) : ComplianceCsv.NOT_PERMITTED},
                new String[] {"Review findings", report.reviews().permitted() ? String.valueOf(report.reviews().findings())
                        : ComplianceCsv.NOT_PERMITTED},
                new String[] {"Audit chain", verification(report.verification())}));

        pdf.heading("Per day");
        List<ComplianceDay> days = report.trend();
        long most = days.stream().mapToLong(d -> Math.max(Math.max(d.noticesPlayed(), d.announcementsMissed()), Math.max(d.recordingsPaused(),
                d.purged()))).max().orElse(0);
        PdfCharts.lines(pdf, "Count", PdfCharts.roundTop(Math.max(1, most)), "Day (UTC)", report.filter().from(), report.filter().to(), List.of(
                series("Notices played", days, ComplianceDay::noticesPlayed),
                series("Announcements missed", days, ComplianceDay::announcementsMissed),
                series("Recordings paused", days, ComplianceDay::recordingsPaused), series("Recordings purged", days, ComplianceDay::purged)));

        pdf.heading("Notices played");
        PdfCharts.bars(pdf, "Notices played", "Notice", report.notices().stream().map(n -> label(n.notice())).toList(),
                report.notices().stream().map(NoticeCount::played).toList());

        pdf.heading("Recordings purged, by why");
        pdf.table(List.of("Why", "Recordings"), new float[] {0.7f, 0.3f},
                report.purges().stream().map(p -> List.of(p.kind().name().toLowerCase(Locale.ROOT), String.valueOf(p.recordings())))
                        .toList());

        var h = report.holds();
        pdf.heading("Legal holds");
        pdf.line(h.permitted() ? h.open() + " open now; " + h.placed() + " placed and " + h.released() + " released in the range"
                : "Not permitted (needs MANAGE_RECORDINGS)");
        var r = report.reviews();
        pdf.heading("Open permission reviews");
        pdf.line(r.permitted() ? r.findings() + " grants to review: " + r.unreviewed() + " unreviewed, " + r.unused() + " unused, " + r.teamMoved()
                + " after a team move" : "Not permitted (needs REVIEW_PERMISSIONS)");
        pdf.heading("Audit chain");
        pdf.line(report.verification().permitted() && report.verification().at() != null ? "Last verified " + report.verification().at()
                + " by " + report.verification().by() + ": " + report.verification().result() : verification(report.verification()));
        pdf.save(out);
    }

    /** A notice as a chart and the page name it. */
    static String label(PlayedNotice notice) {
        return switch (notice) {
            case CALLER_ANNOUNCEMENT -> "Caller announcement";
            case AGENT_NOTICE_TONE -> "Agent notice tone";
            case AGENT_NOTICE_PROMPT -> "Agent notice prompt";
            case BARGE_TONE -> "Barge tone";
        };
    }

    private static String verification(ComplianceReport.AuditVerification v) {
        if (!v.permitted()) {
            return ComplianceCsv.NOT_PERMITTED;
        }
        if (v.at() == null) {
            return "never verified";
        }
        return Boolean.TRUE.equals(v.intact()) ? "intact" : "BROKEN";
    }

    private static PdfCharts.Series series(String name, List<ComplianceDay> days, ToLongFunction<ComplianceDay> count) {
        Map<LocalDate, Double> values = new LinkedHashMap<>();
        days.forEach(d -> values.put(d.day(), (double) count.applyAsLong(d)));
        return new PdfCharts.Series(name, values);
    }
}
