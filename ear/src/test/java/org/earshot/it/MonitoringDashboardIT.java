package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.getBytes;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring dashboard against sessions of its own: six sessions written into the database as the
 * application keeps them, on three days of March 2025 that no other test and no demo session touches, and
 * the figures the dashboard gives for them computed by hand: five connected (four of sup.billing on Billing
 * agents, one of sup.support on a Support agent), one that never connected and counts for nothing; one
 * whisper, one barge, one takeover, two listens; 45 + 200 + 1000 + 2000 + 100 seconds. Scope: the manager
 * sees all five, sup.billing the four of Billing, sup.support the one of Support and is refused the Billing
 * team (403), agent1 the whole dashboard (403). The lists behind the numbers, the CSV (streamed) and the PDF; filter sets kept
 * under the dashboard "monitoring".
 * Denied attempts: sup.support is refused a live Billing call through the REST API, and the dashboard's
 * count of today's denials on Billing calls is the audit trail's, counted in SQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringDashboardIT {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final String OURS = "from=2025-03-03&to=2025-03-05";
    private static final String CALLS = "it-monitoring-dashboard-";

    private static long billingTeam;
    private static long supBilling;
    private static long takeover;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @BeforeAll
    static void ourSessions() throws Exception {
        billingTeam = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        supBilling = Database.count("SELECT id FROM app_user WHERE username = 'sup.billing'");
        try (Connection db = Database.superuser(); Statement delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM monitoring_session WHERE call_id LIKE '" + CALLS + "%'");
        }
        session(0, "sup.billing", "agent2", "Billing", "LISTEN", "LISTEN", "TRAINING", 45L);
        session(0, "sup.billing", "agent3", "Billing", "LISTEN", "WHISPER", "QUALITY_ASSURANCE", 200L);
        takeover = session(1, "sup.billing", "agent2", "Billing", "TAKEOVER", "TAKEOVER", "ESCALATION", 1000L);
        session(2, "sup.billing", "agent2", "Billing", "LISTEN", "BARGE", "QUALITY_ASSURANCE", 2000L);
        session(2, "sup.support", "agent4", "Support", "LISTEN", "LISTEN", "ESCALATION", 100L);
        session(2, "sup.billing", "agent3", "Billing", "LISTEN", "LISTEN", "TRAINING", null);
    }

    @Test
    void theFiguresAreTheHandComputedOnesOfTheSessions() throws Exception {
        JsonNode report = json(get("manager", "dashboards/monitoring?" + OURS));
        JsonNode summary = report.get("summary");
        assertThat(summary.get("sessions").asLong()).as("the one never connected left out").isEqualTo(5);
        assertThat(summary.get("supervisors").asLong()).isEqualTo(2);
        assertThat(summary.get("listenedSeconds").asLong()).isEqualTo(45 + 200 + 1000 + 2000 + 100);
        assertThat(summary.get("meanListenedSeconds").decimalValue()).as("3345 / 5").isEqualByComparingTo("669.00");
        assertThat(summary.get("whispers").asLong()).isEqualTo(1);
        assertThat(summary.get("barges").asLong()).isEqualTo(1);
        assertThat(summary.get("takeovers").asLong()).isEqualTo(1);

        JsonNode trend = report.get("trend");
        assertThat(trend).as("every day of the range").hasSize(3);
        assertThat(trend.get(0).get("listen").asLong()).isEqualTo(1);
        assertThat(trend.get(0).get("whisper").asLong()).isEqualTo(1);
        assertThat(trend.get(1).get("takeover").asLong()).isEqualTo(1);
        assertThat(trend.get(2).get("sessions").asLong()).isEqualTo(2);
        assertThat(report.get("modes").get(0).get("mode").asText()).isEqualTo("LISTEN");
        assertThat(report.get("modes").get(0).get("sessions").asLong()).isEqualTo(2);
        assertThat(report.get("modes").get(0).get("percent").decimalValue()).isEqualByComparingTo("40.00");
        JsonNode durations = report.get("durations");
        assertThat(durations.get(0).get("sessions").asLong()).as("under a minute: 45 s").isEqualTo(1);
        assertThat(durations.get(1).get("sessions").asLong()).as("200 s and 100 s").isEqualTo(2);
        assertThat(durations.get(2).get("sessions").asLong()).isZero();
        assertThat(durations.get(3).get("sessions").asLong()).as("1000 s").isEqualTo(1);
        assertThat(durations.get(4).get("sessions").asLong()).as("2000 s").isEqualTo(1);
        JsonNode supervisors = report.get("supervisors");
        assertThat(supervisors.get(0).get("supervisor").asText()).isEqualTo("sup.billing");
        assertThat(supervisors.get(0).get("sessions").asLong()).isEqualTo(4);
        assertThat(supervisors.get(0).get("meanListenedSeconds").decimalValue()).as("3245 / 4").isEqualByComparingTo("811.25");
        assertThat(purpose(report, "ESCALATION").get("sessions").asLong()).isEqualTo(2);
        assertThat(purpose(report, "TRAINING").get("sessions").asLong()).as("the one never connected left out").isEqualTo(1);
        assertThat(purpose(report, "SAFETY").get("sessions").asLong()).isZero();

        // the sessions behind the numbers
        JsonNode takeovers = json(get("manager", "dashboards/monitoring/sessions?" + OURS + "&mode=takeover"));
        assertThat(takeovers.get("total").asLong()).isEqualTo(1);
        assertThat(takeovers.get("items").get(0).get("sessionId").asLong()).isEqualTo(takeover);
        assertThat(takeovers.get("items").get(0).get("callId").asText()).startsWith(CALLS);
        assertThat(json(get("manager", "dashboards/monitoring/sessions?" + OURS + "&supervisor=" + supBilling)).get("total").asLong()).isEqualTo(4);
        assertThat(json(get("manager", "dashboards/monitoring/sessions?" + OURS + "&band=1")).get("total").asLong()).isEqualTo(2);
        assertThat(json(get("manager", "dashboards/monitoring/sessions?" + OURS + "&purpose=ESCALATION")).get("total").asLong()).isEqualTo(2);
        assertThat(json(get("manager", "dashboards/monitoring/sessions?" + OURS + "&day=" + FIRST.plusDays(1))).get("items").get(0)
                .get("sessionId").asLong()).isEqualTo(takeover);
        assertThat(json(get("manager", "dashboards/monitoring/sessions?" + OURS)).get("total").asLong()).isEqualTo(5);

        // CSV: the sessions streamed, a table from the report
        HttpResponse<String> csv = get("manager", "dashboards/monitoring/export/sessions?" + OURS);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"monitoring-sessions-2025-03-03-2025-03-05.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("session,call,day,");
        assertThat(csv.body()).contains(takeover + "," + CALLS);
        assertThat(get("manager", "dashboards/monitoring/export/trend?" + OURS).body()).contains("2025-03-04,1,0,0,0,1");
        assertThat(get("manager", "dashboards/monitoring/export/modes?" + OURS + "&team=" + billingTeam).body()).contains("TAKEOVER,1,25.00");
        assertProblem(get("manager", "dashboards/monitoring/export/everything?" + OURS), 400);

        // the PDF report: its title and the sessions tile
        HttpResponse<byte[]> pdf = getBytes("manager", "dashboards/monitoring/report.pdf?" + OURS);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"monitoring-report-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Monitoring dashboard").contains(" by manager").containsPattern("(?m)^Sessions\\R5$");
        }
        assertProblem(get("agent1", "dashboards/monitoring/report.pdf?" + OURS), 403);
        assertProblem(get("manager", "dashboards/monitoring/report.pdf?from=2025-03-05&to=2025-03-03"), 400);
    }

    @Test
    void eachSeesTheSessionsOfTheirScope() throws Exception {
        assertThat(sessions("sup.billing", OURS)).isEqualTo(4);
        assertThat(sessions("sup.support", OURS)).as("their team's one").isEqualTo(1);
        assertThat(json(get("sup.support", "dashboards/monitoring/sessions?" + OURS)).get("items").get(0).get("agent").asText())
                .isEqualTo("agent4");
        assertThat(sessions("manager", OURS + "&team=" + billingTeam)).isEqualTo(4);
        long supportTeam = Database.count("SELECT id FROM team WHERE name = 'Tech Support'");
        assertThat(sessions("sup.billing", OURS + "&agent=" + Database.count("SELECT id FROM app_user WHERE username = 'agent2'")))
                .isEqualTo(3);
        assertProblem(get("sup.billing", "dashboards/monitoring?" + OURS + "&team=" + supportTeam), 403);
        assertProblem(get("sup.support", "dashboards/monitoring?" + OURS + "&team=" + billingTeam), 403);
        assertProblem(get("sup.support", "dashboards/monitoring/sessions?" + OURS + "&team=" + billingTeam), 403);
        assertProblem(get("sup.support", "dashboards/monitoring/export/sessions?" + OURS + "&team=" + billingTeam), 403);
        assertProblem(get("agent1", "dashboards/monitoring?" + OURS), 403);
        assertProblem(get("agent1", "dashboards/monitoring/sessions?" + OURS), 403);
    }

    @Test
    void badFiltersAreRefusedOnTheirParameters() throws Exception {
        assertThat(field(get("manager", "dashboards/monitoring?from=2025-03-05&to=2025-03-03"))).isEqualTo("to");
        assertThat(field(get("manager", "dashboards/monitoring?from=2024-01-01&to=2025-03-03"))).isEqualTo("to");
        assertThat(field(get("manager", "dashboards/monitoring?" + OURS + "&team=999999"))).isEqualTo("team");
        assertThat(field(get("manager", "dashboards/monitoring?" + OURS + "&form=1"))).as("no forms in monitoring").isEqualTo("form");
        assertThat(field(get("manager", "dashboards/monitoring/sessions?" + OURS + "&mode=SHOUT"))).isEqualTo("mode");
        assertThat(field(get("manager", "dashboards/monitoring/sessions?" + OURS + "&band=5"))).isEqualTo("band");
        assertThat(field(get("manager", "dashboards/monitoring/sessions?" + OURS + "&day=2025-04-01"))).isEqualTo("day");
        assertThat(field(get("manager", "dashboards/monitoring/denials?" + OURS + "&supervisor=a%20b"))).isEqualTo("supervisor");
    }

    @Test
    void aRefusedStartIsADeniedAttemptOfTheDashboard() throws Exception {
        String callId = CALLS + UUID.randomUUID();
        liveBillingCall(callId);
        try {
            HttpResponse<String> refused = post("sup.support", "monitoring/sessions",
                    "{\"callId\":\"" + callId + "\",\"mode\":\"LISTEN\",\"purpose\":\"ESCALATION\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            Eventually.answer(() -> Database.count("SELECT COUNT(*) FROM audit_entry WHERE call_id = ? AND outcome = 'DENIED'", callId),
                    n -> n == 1, Duration.ofSeconds(10));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String range = "from=" + today + "&to=" + today + "&team=" + billingTeam;
            long audited = Database.count("SELECT COUNT(*) FROM audit_entry a JOIN call_record c ON c.call_id = a.call_id"
                    + " JOIN app_user u ON u.id = c.agent_user_id WHERE a.outcome = 'DENIED' AND a.action IN ('monitoring.MONITOR_START',"
                    + " 'monitoring.MONITOR_MODE_CHANGE') AND a.occurred_at >= ? AND u.team_id = ?",
                    Timestamp.from(today.atStartOfDay(ZoneOffset.UTC).toInstant()), billingTeam);
            JsonNode summary = json(get("manager", "dashboards/monitoring?" + range)).get("summary");
            assertThat(summary.get("denied").asLong()).as("the audit trail's count").isEqualTo(audited).isPositive();
            JsonNode ours = json(get("manager", "dashboards/monitoring/denials?" + range + "&supervisor=sup.support&size=500"));
            assertThat(ours.get("items").findValuesAsText("callId")).contains(callId);
            assertThat(json(get("sup.billing", "dashboards/monitoring/denials?" + range + "&size=500")).get("items")
                    .findValuesAsText("callId")).as("sup.billing supervises the call's team").contains(callId);
            assertThat(json(get("sup.support", "dashboards/monitoring/denials?from=" + today + "&to=" + today + "&size=500")).get("items")
                    .findValuesAsText("callId")).as("not sup.support's own scope: the call is Billing's").doesNotContain(callId);
            JsonNode live = json(get("manager", "dashboards/monitoring?" + range)).get("live");
            assertThat(live.get("callsNow").asLong()).isEqualTo(Database.count("SELECT COUNT(*) FROM call_record c JOIN app_user u"
                    + " ON u.id = c.agent_user_id WHERE c.state <> 'ENDED' AND u.team_id = ?", billingTeam)).isPositive();
        } finally {
            try (Connection db = Database.superuser();
                 PreparedStatement end = db.prepareStatement("UPDATE call_record SET state = 'ENDED', ended_at = now() WHERE call_id = ?")) {
                end.setString(1, callId);
                end.executeUpdate();
            }
        }
    }

    @Test
    void filterSetsAreKeptPerDashboard() throws Exception {
        String name = "Billing monitoring " + UUID.randomUUID();
        HttpResponse<String> saved = post("sup.billing", "dashboards/filter-sets?team=" + billingTeam,
                "{\"dashboard\":\"monitoring\",\"name\":\"" + name + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        long id = json(saved).get("id").asLong();
        assertThat(json(get("sup.billing", "dashboards/filter-sets?dashboard=monitoring")).get("items"))
                .anySatisfy(set -> assertThat(set.get("name").asText()).isEqualTo(name));
        assertThat(json(get("sup.billing", "dashboards/filter-sets?dashboard=quality")).get("items"))
                .noneSatisfy(set -> assertThat(set.get("name").asText()).isEqualTo(name));
        assertThat(json(get("sup.billing", "dashboards/filter-sets/" + id)).get("teamId").asLong()).isEqualTo(billingTeam);
        assertThat(Api.delete("sup.billing", "dashboards/filter-sets/" + id).statusCode()).isEqualTo(204);
    }

    private static JsonNode purpose(JsonNode report, String purpose) {
        for (JsonNode row : report.get("purposes")) {
            if (row.get("purpose").asText().equals(purpose)) {
                return row;
            }
        }
        throw new AssertionError("No purpose " + purpose);
    }

    private static long sessions(String user, String filter) throws Exception {
        return json(get(user, "dashboards/monitoring?" + filter)).get("summary").get("sessions").asLong();
    }

    private static String field(HttpResponse<String> response) throws Exception {
        return assertProblem(response, 400).get("errors").get(0).get("field").asText();
    }

    /**
     * A session as the application keeps it, requested at 10:00 UTC on the day after the first, connected 5 s later,
     * ended after its seconds (null: it never connected), on the agent's team and the queue.
     */
    private static long session(int day, String supervisor, String agent, String queue, String lastMode, String peakMode, String purpose,
                                Long seconds) throws Exception {
        Instant requested = FIRST.plusDays(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant connected = seconds == null ? null : requested.plusSeconds(5);
        try (Connection db = Database.superuser(); PreparedStatement insert = db.prepareStatement("INSERT INTO monitoring_session (call_id,"
                + " supervisor_user_id, supervisor_username, supervisor_extension, agent_user_id, agent_username, agent_name, queue_name, mode,"
                + " purpose, purpose_defaulted, state, requested_at, connected_at, mode_since, ended_at, end_reason, version, requested_on, team_id,"
                + " queue_id, peak_mode, listened_seconds)"
                + " SELECT ?, s.id, s.username, '2001', a.id, a.username, a.display_name, q.name, ?, ?, FALSE, 'ENDED', ?, ?, ?, ?, 'call ended', 0,"
                + " ?, a.team_id, q.id, ?, ? FROM app_user s, app_user a, call_queue q WHERE s.username = ? AND a.username = ? AND q.name = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, CALLS + UUID.randomUUID());
            insert.setString(2, lastMode);
            insert.setString(3, purpose);
            insert.setTimestamp(4, Timestamp.from(requested));
            insert.setTimestamp(5, connected == null ? null : Timestamp.from(connected));
            insert.setTimestamp(6, connected == null ? null : Timestamp.from(connected));
            insert.setTimestamp(7, Timestamp.from(connected == null ? requested.plusSeconds(30) : connected.plusSeconds(seconds)));
            insert.setObject(8, FIRST.plusDays(day));
            insert.setString(9, peakMode);
            insert.setObject(10, seconds);
            insert.setString(11, supervisor);
            insert.setString(12, agent);
            insert.setString(13, queue);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            ResultSet key = insert.getGeneratedKeys();
            key.next();
            return key.getLong("id");
        }
    }

    /** A call answered by agent2 through the Billing queue a minute ago, under way. */
    private static void liveBillingCall(String callId) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement insert = db.prepareStatement("INSERT INTO call_record (call_id, caller,"
                + " dialed, queue_id, agent_extension, agent_user_id, state, started_at, ringing_at, answered_at, packets_from_caller,"
                + " packets_to_agent, packets_from_agent, packets_to_caller, packets_lost, version)"
                + " SELECT ?, '555', q.number, q.id, '1002', a.id, 'ANSWERED', ?, ?, ?, 0, 0, 0, 0, 0, 0 FROM app_user a, call_queue q"
                + " WHERE a.username = 'agent2' AND q.name = 'Billing'")) {
            Instant answered = Instant.now().minusSeconds(60);
            insert.setString(1, callId);
            insert.setTimestamp(2, Timestamp.from(answered.minusSeconds(8)));
            insert.setTimestamp(3, Timestamp.from(answered.minusSeconds(8)));
            insert.setTimestamp(4, Timestamp.from(answered));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
