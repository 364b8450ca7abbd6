package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.function.ToLongFunction;
import org.earshot.dashboard.ComplianceReport;
import org.earshot.dashboard.ComplianceReport.ComplianceDay;

/**
 * The compliance dashboard's charts ({@link DashboardCharts}): per day, the notices played, the announcements
 * missed, the recordings paused and purged (a line each); and the notices played by notice.
 */
final class ComplianceCharts {

    private ComplianceCharts() {
    }

    static String trend(ComplianceReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.trend().forEach(day -> labels.add(day.day().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(line("Notices played", report, ComplianceDay::noticesPlayed))
                .add(line("Announcements missed", report, ComplianceDay::announcementsMissed))
                .add(line("Recordings paused", report, ComplianceDay::recordingsPaused))
                .add(line("Recordings purged", report, ComplianceDay::purged));
        return DashboardCharts.chart("line", labels, datasets, "Per day", DashboardCharts.axis("Day (UTC)"),
                DashboardCharts.countAxis("Notices, calls, recordings"));
    }

    static String notices(ComplianceReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.notices().forEach(n -> {
            labels.add(CompliancePdf.label(n.notice()));
            data.add(n.played());
        });
        return DashboardCharts.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Notices played")
                .add("data", data)), "Notices played", DashboardCharts.axis("Notice"), DashboardCharts.countAxis("Notices played"));
    }

    private static JsonObjectBuilder line(String label, ComplianceReport report, ToLongFunction<ComplianceDay> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.trend().forEach(day -> data.add(count.applyAsLong(day)));
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }
}
