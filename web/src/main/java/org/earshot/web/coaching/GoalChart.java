package org.earshot.web.coaching;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.earshot.coaching.GoalProgress;
import org.earshot.coaching.ProgressPoint;
import org.earshot.coaching.TargetKind;

/**
 * A goal's progress as a Chart.js line chart for PrimeFaces' {@code p:chart} (Chart.js is bundled in
 * PrimeFaces, nothing is loaded from elsewhere): the result in each evaluation as points, the running
 * value (mean or pass rate) as a line, the target as a dashed line; percent from 0 to 100 on the y axis,
 * the evaluations by the time they were submitted (UTC) on the x axis, a legend below.
 */
final class GoalChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private GoalChart() {
    }

    static String of(GoalProgress progress) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder results = Json.createArrayBuilder();
        JsonArrayBuilder running = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (ProgressPoint point : progress.points()) {
            labels.add(DAY.format(point.submittedAt()));
            results.add(point.value());
            running.add(point.running());
            target.add(progress.target());
        }
        boolean score = progress.kind() == TargetKind.SCORE;
        JsonObject chart = Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset("Result in each evaluation (%)", results, "#1565c0").add("showLine", false).add("pointRadius", 5))
                        .add(dataset(score ? "Running mean (%)" : "Pass rate so far (%)", running, "#2e7d32"))
                        .add(dataset("Target (%)", target, "#e65100").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                .add("pointRadius", 0))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100).add("title", title("Percent")))
                                .add("x", Json.createObjectBuilder().add("title", title("Evaluations since the plan started, by submission (UTC)"))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", true)
                                .add("position", "bottom"))))
                .build();
        return chart.toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", color).add("backgroundColor", color)
                .add("tension", 0);
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
