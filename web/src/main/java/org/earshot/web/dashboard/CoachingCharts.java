package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.earshot.dashboard.CoachingReport;
import org.earshot.dashboard.CoachingReport.GoalAttainment;
import org.earshot.dashboard.CoachingReport.WeekSessions;

/**
 * The coaching dashboard's charts ({@link DashboardCharts}): the sessions scheduled per week stacked by
 * what became of them (the stacks add up to the week's sessions), and the goals settled on each subject,
 * achieved beside missed.
 */
final class CoachingCharts {

    private CoachingCharts() {
    }

    static String weeks(CoachingReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.weeks().forEach(week -> labels.add(week.week().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(series("Held", report.weeks(), WeekSessions::held))
                .add(series("Missed", report.weeks(), WeekSessions::missed)).add(series("Cancelled", report.weeks(), WeekSessions::cancelled))
                .add(series("Still scheduled", report.weeks(), WeekSessions::scheduled));
        return DashboardCharts.chart("bar", labels, datasets, "Sessions per week by outcome",
                DashboardCharts.axis("Week from (Monday, UTC)").add("stacked", true), DashboardCharts.countAxis("Sessions").add("stacked", true));
    }

    static String goals(CoachingReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.goals().forEach(goal -> labels.add(goal.key() + " (" + goal.form() + ")"));
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(series("Achieved", report.goals(), GoalAttainment::achieved))
                .add(series("Missed", report.goals(), GoalAttainment::missed));
        return DashboardCharts.chart("bar", labels, datasets, "Goals settled by subject", DashboardCharts.axis("Question or section (form)"),
                DashboardCharts.countAxis("Goals"));
    }

    private static <T> JsonObjectBuilder series(String label, List<T> rows, ToLongFunction<T> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(count.applyAsLong(row)));
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }
}
