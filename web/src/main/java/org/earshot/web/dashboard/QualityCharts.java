package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendPoint;

/** The quality dashboard's charts ({@link DashboardCharts}): the score trend and the distribution of scores. */
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
        return DashboardCharts.chart("line", labels, datasets, "Mean score by " + (report.period() == QualityReport.TrendPeriod.WEEK ? "week" : "day"),
                DashboardCharts.axis(per), DashboardCharts.axis("Mean score (points out of 100)").add("min", 0).add("max", 100));
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
        return DashboardCharts.chart("bar", labels, datasets, "Score distribution", DashboardCharts.axis("Score (points out of 100)"),
                DashboardCharts.countAxis("Evaluations"));
    }
}
