package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.function.Function;
import org.earshot.dashboard.OperationsReport;
import org.earshot.dashboard.OperationsReport.DayFigures;

/**
 * The operations dashboard's charts ({@link DashboardCharts}): the calls and answered calls per day, the
 * mean handle time per day in seconds, and the answered calls by band of handle time.
 */
final class OperationsCharts {

    private OperationsCharts() {
    }

    static String calls(OperationsReport report) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(line("Calls", report, d -> BigDecimal.valueOf(d.figures().calls())))
                .add(line("Answered", report, d -> BigDecimal.valueOf(d.figures().answered())));
        return DashboardCharts.chart("line", days(report), datasets, "Calls per day", DashboardCharts.axis("Day (UTC)"),
                DashboardCharts.countAxis("Calls"));
    }

    static String handleTime(OperationsReport report) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line("Mean handle time (s)", report, d -> d.figures().meanHandleSeconds()))
                .add(line("Mean silence per call (s)", report, d -> d.figures().meanSilenceSeconds()));
        return DashboardCharts.chart("line", days(report), datasets, "Mean handle time and silence per day", DashboardCharts.axis("Day (UTC)"),
                DashboardCharts.axis("Seconds").add("beginAtZero", true));
    }

    static String distribution(OperationsReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.distribution().forEach(band -> {
            labels.add(OperationsPdf.band(band));
            data.add(band.calls());
        });
        return DashboardCharts.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Answered calls")
                .add("data", data)), "Answered calls by handle time", DashboardCharts.axis("Handle time (minutes)"),
                DashboardCharts.countAxis("Answered calls"));
    }

    private static JsonArrayBuilder days(OperationsReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.trend().forEach(day -> labels.add(day.day().toString()));
        return labels;
    }

    /** A line over the days; a day without a value (no answered call, no speech) is a gap. */
    private static JsonObjectBuilder line(String label, OperationsReport report, Function<DayFigures, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.trend().forEach(day -> {
            BigDecimal v = value.apply(day);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }
}
