package org.earshot.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A dashboard chart as a Chart.js configuration for PrimeFaces' {@code p:chart} (Chart.js is bundled with
 * PrimeFaces: nothing is loaded from elsewhere): its type, labels and datasets, a heading, a legend, and
 * both axes titled with their units. Each dashboard's charts ({@link QualityCharts}, {@link MonitoringCharts})
 * say what goes in them.
 */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String heading, JsonObjectBuilder x,
                        JsonObjectBuilder y) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", true))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", heading)))
                        .add("scales", Json.createObjectBuilder().add("x", x).add("y", y)))
                .build().toString();
    }

    /** An axis with its title (what it counts and in what unit). */
    static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** An axis of counts: from 0, whole numbers only. */
    static JsonObjectBuilder countAxis(String title) {
        return axis(title).add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
}
