package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.earshot.dashboard.MonitoringReport;
import org.earshot.dashboard.MonitoringReport.ModeDay;

/**
 * The monitoring dashboard's charts ({@link DashboardCharts}): the sessions per day stacked by the mode
 * each is counted under (the stacks add up to the day's sessions), and the sessions by mode and by duration.
 */
final class MonitoringCharts {

    private MonitoringCharts() {
    }

    static String trend(MonitoringReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.trend().forEach(day -> labels.add(day.day().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(stack("Listen", report, ModeDay::listen)).add(stack("Whisper", report, ModeDay::whisper))
                .add(stack("Barge", report, ModeDay::barge)).add(stack("Takeover", report, ModeDay::takeover));
        return DashboardCharts.chart("bar", labels, datasets, "Sessions per day by mode", DashboardCharts.axis("Day (UTC)").add("stacked", true),
                DashboardCharts.countAxis("Sessions").add("stacked", true));
    }

    static String modes(MonitoringReport report) {
        return bars(report.modes(), m -> m.mode().name(), MonitoringReport.ModeSessions::sessions, "Sessions by mode",
                "Mode (the most intrusive the session was in)");
    }

    static String durations(MonitoringReport report) {
        return bars(report.durations(), MonitoringReport.DurationBand::label, MonitoringReport.DurationBand::sessions,
                "Ended sessions by duration", "Time in the call (minutes)");
    }

    /** Seconds as minutes, to one place. */
    static String minutes(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static <T> String bars(List<T> rows, Function<T, String> label, ToLongFunction<T> sessions, String heading, String xTitle) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> {
            labels.add(label.apply(row));
            data.add(sessions.applyAsLong(row));
        });
        return DashboardCharts.chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Sessions").add("data", data)),
                heading, DashboardCharts.axis(xTitle), DashboardCharts.countAxis("Sessions"));
    }

    private static JsonObjectBuilder stack(String mode, MonitoringReport report, ToLongFunction<ModeDay> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.trend().forEach(day -> data.add(count.applyAsLong(day)));
        return Json.createObjectBuilder().add("label", mode).add("data", data);
    }
}
