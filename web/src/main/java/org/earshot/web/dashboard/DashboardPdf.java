package org.earshot.web.dashboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardChoices.Choice;
import org.earshot.dashboard.DashboardFilter;

/**
 * What every dashboard's PDF report begins with (its title, the filter by name, when and by whom it was
 * made), its file name, and how it writes figures, so that the reports read alike. Each dashboard's
 * report ({@link QualityPdf}, {@link CoachingPdf}, {@link MonitoringPdf}) lays out the rest on the
 * {@link PdfLayout} this begins.
 */
final class DashboardPdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private DashboardPdf() {
    }

    /** A report's file name: of the dashboard ({@code quality}, {@code monitoring}...) and its range. */
    static String fileName(String dashboard, DashboardFilter filter) {
        return dashboard + "-report-" + filter.from() + "-" + filter.to() + ".pdf";
    }

    /**
     * A new report with its opening lines; {@code choices} names the filter's site, team, queue, agent and
     * forms (the caller's choices hold every one the filter may name).
     */
    static PdfLayout begin(String title, DashboardFilter filter, DashboardChoices choices, String user, Instant generated) throws IOException {
        PdfLayout pdf = new PdfLayout();
        pdf.title(title);
        for (String line : filterLines(filter, choices)) {
            pdf.line(line);
        }
        pdf.line("Generated " + GENERATED.format(generated) + " by " + user);
        return pdf;
    }

    /** The range and each thing the filter narrows to, by name. */
    static List<String> filterLines(DashboardFilter filter, DashboardChoices choices) {
        List<String> lines = new ArrayList<>();
        lines.add("From " + filter.from() + " to " + filter.to() + " (" + filter.days() + " days, UTC)");
        addChosen(lines, "Site", filter.siteId(), choices.sites());
        addChosen(lines, "Team", filter.teamId(), choices.teams());
        addChosen(lines, "Queue", filter.queueId(), choices.queues());
        addChosen(lines, "Agent", filter.agentId(), choices.agents());
        if (!filter.formIds().isEmpty()) {
            lines.add("Forms: " + filter.formIds().stream().sorted().map(id -> name(id, choices.forms())).collect(Collectors.joining(", ")));
        }
        if (lines.size() == 1) {
            lines.add("Every site, team, queue, agent and form in scope");
        }
        return lines;
    }

    private static void addChosen(List<String> lines, String what, Long id, List<Choice> choices) {
        if (id != null) {
            lines.add(what + ": " + name(id, choices));
        }
    }

    private static String name(long id, List<Choice> choices) {
        return choices.stream().filter(c -> c.id() == id).map(Choice::name).findFirst().orElse("#" + id);
    }

    static String number(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    static String percent(BigDecimal value) {
        return value == null ? "-" : value.toPlainString() + " %";
    }
}
