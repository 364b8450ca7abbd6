package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.getBytes;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coaching dashboard through the REST API: a trainer coaches agent3 (a plan, four sessions held,
 * missed, cancelled and still scheduled, a goal achieved) and each number moves by exactly what was done;
 * the scores before and after the plan are those of the quality facts; every number's list holds as
 * many rows as it says; the Billing supervisor sees the same as the manager for Billing, the Support
 * supervisor none of it; queue and form filters, reversed ranges and agents are refused; CSV and PDF.
 * Other tests of the suite coach too, so the numbers are compared as changes, or against the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingDashboardIT {

    private static final List<String> COUNTS = List.of("plansOpen", "plansStarted", "sessions", "sessionsHeld", "sessionsMissed",
            "sessionsCancelled", "sessionsScheduled", "sessionsAcknowledged", "goalsAchieved", "goalsMissed", "plansCompared");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void eachNumberMovesByWhatTheTrainerDidWithinTheCallersScope() throws Exception {
        long agent3 = Database.count("SELECT id FROM app_user WHERE username = 'agent3'");
        long billing = Database.count("SELECT team_id FROM app_user WHERE username = 'agent3'");
        ActivePlans.endFor(agent3);
        String team = "team=" + billing;
        Map<String, Long> before = counts(json(get("manager", "dashboards/coaching?" + team)));

        // an evaluation before the plan: the application submits only now, and the dashboard reads the facts, so its fact moves back
        long earlier = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent3"), "unresolved");
        assertThat(Database.count("SELECT COUNT(*) FROM quality_fact WHERE evaluation_id = ?", earlier)).isEqualTo(1);
        try (Connection db = Database.superuser();
             PreparedStatement back = db.prepareStatement("UPDATE quality_fact SET submitted_on = CURRENT_DATE - 5 WHERE evaluation_id = ?")) {
            back.setLong(1, earlier);
            assertThat(back.executeUpdate()).isEqualTo(1);
        }
        HttpResponse<String> created = post("trainer", "coaching/plans", "{\"agentId\":" + agent3 + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = json(created).get("summary").get("id").asLong();
        String planPath = "coaching/plans/" + plan;
        long later = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent3"), "resolved");
        long form = Database.count("SELECT v.scorecard_id FROM evaluation e JOIN scorecard_version v ON v.id = e.scorecard_version_id"
                + " WHERE e.id = ?", later);
        HttpResponse<String> goal = post("trainer", planPath + "/goals", "{\"scorecardId\":" + form + ",\"subject\":\"QUESTION\","
                + "\"key\":\"outcome\",\"targetKind\":\"PASS_RATE\",\"targetValue\":50,\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "\"}");
        assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);
        HttpResponse<String> settled = post("trainer", planPath + "/goals/" + json(goal).get("id").asLong() + "/settle", "");
        assertThat(json(settled).get("status").asText()).as(settled.body()).isEqualTo("ACHIEVED");

        long held = scheduled(planPath);
        assertThat(post("trainer", "coaching/sessions/" + held + "/complete", "{\"notes\":\"Confirm the refund\",\"actions\":[]}")
                .statusCode()).isEqualTo(200);
        assertThat(post("agent3", "coaching/sessions/" + held + "/acknowledge", "{}").statusCode()).isEqualTo(200);
        long missed = scheduled(planPath);
        assertThat(post("trainer", "coaching/sessions/" + missed + "/miss", "").statusCode()).isEqualTo(200);
        long cancelled = scheduled(planPath);
        assertThat(post("trainer", "coaching/sessions/" + cancelled + "/cancel", "").statusCode()).isEqualTo(200);
        scheduled(planPath);

        JsonNode report = json(get("manager", "dashboards/coaching?" + team));
        Map<String, Long> after = counts(report);
        Map<String, Long> moved = new TreeMap<>();
        after.forEach((name, value) -> moved.put(name, value - before.get(name)));
        assertThat(moved).containsAllEntriesOf(Map.of("plansOpen", 1L, "plansStarted", 1L, "sessions", 4L, "sessionsHeld", 1L,
                "sessionsMissed", 1L, "sessionsCancelled", 1L, "sessionsScheduled", 1L, "sessionsAcknowledged", 1L, "goalsAchieved", 1L,
                "goalsMissed", 0L)).containsEntry("plansCompared", 1L);
        assertThat(report.get("trainers")).anySatisfy(t -> assertThat(t.get("trainer").asText()).isEqualTo("trainer"));
        assertThat(report.get("goals")).anySatisfy(g -> assertThat(g.get("key").asText() + " " + g.get("formId").asLong())
                .isEqualTo("outcome " + form));

        // the scores before and after coaching: agent3's alone, against the facts
        JsonNode agent = json(get("manager", "dashboards/coaching?agent=" + agent3));
        BigDecimal meanBefore = mean(agent3, "submitted_on >= CURRENT_DATE - 30 AND submitted_on < CURRENT_DATE");
        BigDecimal meanAfter = mean(agent3, "submitted_on = CURRENT_DATE");
        assertThat(agent.get("scoreChanges")).singleElement().satisfies(change -> {
            assertThat(change.get("team").asText()).isEqualTo("Billing");
            assertThat(change.get("meanBefore").decimalValue()).isEqualByComparingTo(rounded(meanBefore));
            assertThat(change.get("meanAfter").decimalValue()).isEqualByComparingTo(rounded(meanAfter));
            assertThat(change.get("meanChange").decimalValue()).isEqualByComparingTo(rounded(meanAfter.subtract(meanBefore)));
        });
        assertThat(meanAfter).as("resolved scores above unresolved").isGreaterThan(meanBefore);

        // each number's list holds as many as it counts; this plan and its sessions among them
        for (String number : List.of("OPEN", "STARTED", "ACHIEVED", "MISSED", "CLOSED", "COMPARED")) {
            String key = "plans" + number.charAt(0) + number.substring(1).toLowerCase();
            assertThat(json(get("manager", "dashboards/coaching/plans?number=" + number + "&size=1&" + team)).get("total").asLong())
                    .as(number).isEqualTo(report.get("summary").get(key).asLong());
        }
        assertThat(ids(json(get("manager", "dashboards/coaching/plans?number=COMPARED&size=500&" + team)), "planId")).contains(plan);
        assertThat(json(get("manager", "dashboards/coaching/sessions?size=1&" + team)).get("total").asLong())
                .isEqualTo(report.get("summary").get("sessions").asLong());
        assertThat(ids(json(get("manager", "dashboards/coaching/sessions?outcome=held&size=500&" + team)), "sessionId")).contains(held)
                .doesNotContain(missed, cancelled);
        assertThat(ids(json(get("manager", "dashboards/coaching/sessions?outcome=ACKNOWLEDGED&size=500&" + team)), "sessionId"))
                .contains(held);
        String monday = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY).toString();
        long trainer = Database.count("SELECT id FROM app_user WHERE username = 'trainer'");
        assertThat(ids(json(get("manager", "dashboards/coaching/sessions?trainer=" + trainer + "&week=" + monday + "&size=500&" + team)),
                "sessionId")).contains(held, missed, cancelled);
        assertThat(assertProblem(get("manager", "dashboards/coaching/sessions?week=" + LocalDate.parse(monday).plusDays(1)), 400)
                .path("errors").path(0).path("field").asText()).isEqualTo("week");
        assertThat(assertProblem(get("manager", "dashboards/coaching/plans?number=LOST"), 400).path("errors").path(0).path("field").asText())
                .isEqualTo("number");

        // scope: the Billing supervisor sees what the manager sees of Billing; the Support supervisor none of it
        assertThat(counts(json(get("sup.billing", "dashboards/coaching?" + team)))).isEqualTo(after);
        assertThat(ids(json(get("sup.support", "dashboards/coaching/plans?number=OPEN&size=500")), "planId")).doesNotContain(plan);
        assertThat(get("manager", planPath).statusCode()).as("the manager reads the plan behind a number").isEqualTo(200);
        assertThat(get("manager", "coaching/sessions/" + held).statusCode()).isEqualTo(200);
        assertProblem(post("manager", "coaching/sessions/" + held + "/attachments", "{\"kind\":\"EVALUATION\",\"evaluationId\":" + later + "}"),
                403);
        assertProblem(get("sup.support", planPath), 404);
        assertProblem(get("sup.support", "dashboards/coaching?" + team), 403);
        assertProblem(get("agent1", "dashboards/coaching"), 403);
        long queue = Database.count("SELECT id FROM call_queue WHERE name = 'Billing'");
        assertThat(field(get("manager", "dashboards/coaching?queue=" + queue))).isEqualTo("queue");
        assertThat(field(get("manager", "dashboards/coaching?form=" + form))).isEqualTo("form");
        assertThat(field(get("manager", "dashboards/coaching?from=2026-03-01&to=2026-02-01"))).isEqualTo("to");

        // CSV: the summary's row, the sessions behind a number streamed; the PDF report
        HttpResponse<String> summary = get("manager", "dashboards/coaching/export/summary?" + team);
        assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(List.of(summary.body().split("\r\n"))).hasSize(2).first().asString().startsWith("plans open,plans started,");
        String sessions = get("manager", "dashboards/coaching/export/sessions?outcome=HELD&" + team).body();
        assertThat(sessions).startsWith("session,plan,agent,").contains("\r\n" + held + "," + plan + ",agent3,Billing,trainer,");
        assertThat(sessions.split("\r\n")).hasSize(1 + (int) report.get("summary").get("sessionsHeld").asLong());
        assertProblem(get("manager", "dashboards/coaching/export/nothing"), 400);
        HttpResponse<byte[]> pdf = getBytes("manager", "dashboards/coaching/report.pdf?" + team);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"coaching-report-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Coaching dashboard").contains("Team: Billing").contains(" by manager")
                    .containsPattern("(?m)^Plans started\\R" + after.get("plansStarted") + "$");
        }
        assertProblem(get("agent1", "dashboards/coaching/report.pdf"), 403);
    }

    /** A session of the plan scheduled in a minute, by the trainer; its id. */
    private static long scheduled(String planPath) throws Exception {
        HttpResponse<String> scheduled = post("trainer", planPath + "/sessions", "{\"scheduledAt\":\"" + Instant.now().plus(1, ChronoUnit.MINUTES)
                + "\",\"durationMinutes\":30}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        return json(scheduled).get("summary").get("id").asLong();
    }

    private static Map<String, Long> counts(JsonNode report) {
        Map<String, Long> counts = new TreeMap<>();
        COUNTS.forEach(name -> counts.put(name, report.get("summary").get(name).asLong()));
        return counts;
    }

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asLong()));
        return ids;
    }

    /** The agent's mean score over the facts on those days. */
    private static BigDecimal mean(long agent, String days) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement query = db.prepareStatement("SELECT AVG(total) FROM quality_fact"
                + " WHERE agent_user_id = ? AND total IS NOT NULL AND " + days)) {
            query.setLong(1, agent);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String field(HttpResponse<String> response) throws Exception {
        return assertProblem(response, 400).path("errors").path(0).path("field").asText();
    }
}
