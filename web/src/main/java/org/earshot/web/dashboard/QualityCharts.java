package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendPoint;

/**
 * The quality dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart} (Chart.js is
 * bundled with PrimeFaces: nothing is loaded from elsewhere), each with its axes' titles and units and a
 * legend.
 */
final class QualityCharts {

    private QualityCharts() {
    }

    /** A line per series of the trend: the mean score of each day or week, gaps where nothing was scored. */
    static String trend(QualityReport report) {
        TreeSet<LocalDate> periods = report.trend().stream().flatMap(s -> s.points().stream()).map(TrendPoint::period)
                .collect(Collectors.toCollection(TreeSet::new));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        periods.forEach(p -> labels.add(p.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        report.trend().forEach(series -> {
            Map<LocalDate, BigDecimal> means = series.points().stream().filter(p -> p.meanScore() != null)
                    .collect(Collectors.toMap(TrendPoint::period, TrendPoint::meanScore));
            JsonArrayBuilder data = Json.createArrayBuilder();
            periods.forEach(p -> {
                if (means.containsKey(p)) {
                    data.add(means.get(p));
                } else {
                    data.addNull();
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", series.name()).add("data", data).add("spanGaps", true).add("tension", 0.2));
        });
        String per = report.period() == QualityReport.TrendPeriod.WEEK ? "Week from (UTC)" : "Day (UTC)";
        return chart("line", labels, datasets, "Mean score by " + (report.period() == QualityReport.TrendPeriod.WEEK ? "week" : "day"),
                per, Json.createObjectBuilder().add("min", 0).add("max", 100).add("title", title("Mean score (points out of 100)")));
    }

    /** A bar per band of ten points: how many evaluations scored in it. */
    static String distribution(QualityReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.distribution().forEach(band -> {
            labels.add(band.from() + "–" + band.to());
            data.add(band.evaluations());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Evaluations").add("data", data));
        return chart("bar", labels, datasets, "Score distribution", "Score (points out of 100)",
                Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))
                        .add("title", title("Evaluations")));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String heading, String xTitle,
                                JsonObjectBuilder y) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", true))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", heading)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("title", title(xTitle))).add("y", y)))
                .build().toString();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
