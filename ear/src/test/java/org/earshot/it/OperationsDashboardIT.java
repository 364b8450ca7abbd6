package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.getBytes;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earshot.access.GrantService;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.recording.CallRecordings;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.RetentionPurge;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations dashboard against the calls themselves: calls of a new agent (in a team of its own,
 * through the Billing queue) end through the call records' listener, one recording's speech signals are
 * measured through the recording's listener, then retention purges that recording; after each step the
 * aggregate rows of the agent equal the raw sums over call_record and recording_speech, and the REST
 * numbers are the hand-computed ones. The calls are made through the application's own paths: rows
 * inserted behind it (RecordedCallRows, as other tests do) are counted only by the start-up backfill.
 * Then the scope (sup.billing sees the agent's calls through the queue, sup.support none), the refusals
 * (400 on their parameters, 403), a filter set of the dashboard and the CSV and PDF downloads.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsDashboardIT {

    /** The raw sums per day, agent, team and queue of the ended calls of one agent, as the aggregate should hold them. */
    private static final String RAW = "SELECT CAST(c.started_at AT TIME ZONE 'UTC' AS DATE), c.agent_user_id, COALESCE(u.team_id, 0),"
            + " COALESCE(c.queue_id, 0), COUNT(*), COUNT(c.answered_at),"
            + " COALESCE(SUM(ROUND(EXTRACT(EPOCH FROM (c.ended_at - c.answered_at)) * 1000)), 0), COUNT(s.recording_id),"
            + " COALESCE(SUM(s.agent_talk_ms), 0), COALESCE(SUM(s.caller_talk_ms), 0), COALESCE(SUM(s.agent_talk_percent), 0),"
            + " COUNT(s.agent_talk_percent), COALESCE(SUM(s.silence_total_ms), 0), COALESCE(SUM(s.silence_longest_ms), 0),"
            + " COALESCE(SUM(s.overtalk_ms), 0), COALESCE(SUM(s.hold_ms), 0)"
            + " FROM call_record c LEFT JOIN app_user u ON u.id = c.agent_user_id LEFT JOIN recording r ON r.call_id = c.call_id"
            + " LEFT JOIN recording_speech s ON s.recording_id = r.id WHERE c.state = 'ENDED' AND c.agent_user_id = ?"
            + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
    private static final String AGGREGATE = "SELECT call_day, agent_user_id, team_id, queue_id, calls, answered, handle_ms, with_speech,"
            + " agent_talk_ms, caller_talk_ms, talk_percent_sum, talk_percent_calls, silence_ms, silence_longest_ms, overtalk_ms, hold_ms"
            + " FROM call_day WHERE agent_user_id = ? ORDER BY 1, 2, 3, 4";

    @EJB
    private TelephonyRecorder recorder;
    @EJB
    private CallRecordings recordings;
    @EJB
    private RetentionPurge purge;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void theAggregateIsTheSumOfTheCallsAfterTheyEndAfterTheirSpeechAndAfterItsPurge() throws Exception {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        Team team = fixture.team("Operators", organization.findByUsername("agent1").getSite());
        String extension = "8" + (System.nanoTime() % 100_000);
        User agent = fixture.agent("operator", team, extension);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String filter = "agent=" + agent.getId() + "&from=" + today.minusDays(1) + "&to=" + today;
        assertThat(json(get("manager", "dashboards/operations?" + filter)).get("summary").get("figures").get("calls").asLong()).isZero();

        RecordedCalls calls = new RecordedCalls(recorder, CDI.current().select(RecordingVault.class).get());
        String recorded = calls.call(extension, "555 0101", "Billing", Duration.ofSeconds(45));
        calls.call(extension, "555 0102", "Billing", Duration.ofSeconds(150));
        String longest = calls.call(extension, "555 0103", "Billing", Duration.ofSeconds(700));
        String unanswered = calls.call(extension, "555 0104", "Billing", null);
        assertThat(rows(AGGREGATE, agent.getId())).as("after the calls ended").isEqualTo(rows(RAW, agent.getId())).isNotEmpty();

        JsonNode report = json(get("manager", "dashboards/operations?" + filter));
        JsonNode figures = report.get("summary").get("figures");
        assertThat(figures.get("calls").asLong()).isEqualTo(4);
        assertThat(figures.get("answered").asLong()).isEqualTo(3);
        assertThat(figures.get("answeredPercent").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(figures.get("meanHandleSeconds").decimalValue()).as("(45 + 150 + 700) / 3").isEqualByComparingTo("298.33");
        assertThat(figures.get("withSpeech").asLong()).isZero();
        assertThat(figures.hasNonNull("meanAgentTalkPercent")).as("no call with speech").isFalse();
        assertThat(report.get("summary").get("notAnswered").asLong()).isEqualTo(1);
        assertThat(StreamSupport.stream(report.get("distribution").spliterator(), false).map(b -> b.get("calls").asLong()).toList())
                .as("under 1 minute, 1-3, 3-5, 5-10, 10-20, 20 and more").containsExactly(1L, 1L, 0L, 0L, 1L, 0L);
        assertThat(report.get("teams")).singleElement().satisfies(row -> {
            assertThat(row.get("id").asLong()).isEqualTo(team.getId());
            assertThat(row.get("figures").get("calls").asLong()).isEqualTo(4);
        });
        assertThat(report.get("queues")).singleElement().satisfies(row -> assertThat(row.get("name").asText()).isEqualTo("Billing"));
        assertThat(callIds(filter + "&number=NOT_ANSWERED")).containsExactly(unanswered);
        assertThat(callIds(filter + "&band=4")).containsExactly(longest);
        assertThat(callIds(filter)).hasSize(4).contains(recorded);

        // the recording stops and its listener measures the speech read back from the audio
        short[] caller = join(RecordedCalls.tone(6000, 8000), new short[6000 * 8]);
        short[] agentSide = join(new short[7000 * 8], RecordedCalls.tone(4000, 8000), new short[1000 * 8]);
        UUID recording = calls.recordingStopped(recorded, caller, agentSide, recordings);
        assertThat(Database.count("SELECT COUNT(*) FROM recording_speech WHERE recording_id = ?", recording)).isEqualTo(1);
        assertThat(rows(AGGREGATE, agent.getId())).as("after the speech arrived").isEqualTo(rows(RAW, agent.getId()));
        figures = json(get("manager", "dashboards/operations?" + filter)).get("summary").get("figures");
        assertThat(figures.get("withSpeech").asLong()).isEqualTo(1);
        assertThat(figures.get("meanAgentTalkPercent").asLong())
                .isEqualTo(Database.count("SELECT agent_talk_percent FROM recording_speech WHERE recording_id = ?", recording));
        assertThat(figures.get("meanSilenceSeconds").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(
                Database.count("SELECT silence_total_ms FROM recording_speech WHERE recording_id = ?", recording)).divide(
                BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP));
        assertThat(callIds(filter + "&number=WITH_SPEECH")).containsExactly(recorded);

        // retention purges the recording: what was measured of it goes, the call stays counted
        RecordedCalls.expire(recording);
        As.user("compliance", () -> purge.runNow());
        assertThat(Database.count("SELECT COUNT(*) FROM recording_speech WHERE recording_id = ?", recording)).isZero();
        assertThat(rows(AGGREGATE, agent.getId())).as("after the purge").isEqualTo(rows(RAW, agent.getId()));
        figures = json(get("manager", "dashboards/operations?" + filter)).get("summary").get("figures");
        assertThat(figures.get("calls").asLong()).isEqualTo(4);
        assertThat(figures.get("withSpeech").asLong()).isZero();

        // sup.billing sees the agent's calls through the Billing queue; sup.support sees none of them, and may not ask for the agent
        assertThat(json(get("sup.billing", "dashboards/operations?from=" + today.minusDays(1) + "&to=" + today)).get("teams"))
                .anySatisfy(row -> {
                    assertThat(row.get("id").asLong()).isEqualTo(team.getId());
                    assertThat(row.get("figures").get("calls").asLong()).isEqualTo(4);
                });
        assertThat(json(get("sup.support", "dashboards/operations?from=" + today.minusDays(1) + "&to=" + today)).get("teams"))
                .noneSatisfy(row -> assertThat(row.get("id").asLong()).isEqualTo(team.getId()));
        assertProblem(get("sup.support", "dashboards/operations?" + filter), 403);
        assertProblem(get("sup.support", "dashboards/operations/calls?" + filter), 403);

        // both aggregates as a whole are the sums of the facts, each call counted once, both ways
        String byAgent = "SELECT call_day, agent_user_id, team_id, queue_id, COUNT(*), SUM(handle_ms), SUM(silence_ms) FROM call_fact"
                + " GROUP BY 1, 2, 3, 4";
        String aggregate = "SELECT call_day, agent_user_id, team_id, queue_id, calls, handle_ms, silence_ms FROM call_day";
        assertThat(Database.count("SELECT COUNT(*) FROM (" + byAgent + " EXCEPT " + aggregate + ") d")).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM (" + aggregate + " EXCEPT " + byAgent + ") d")).isZero();
        String byTeam = "SELECT call_day, team_id, queue_id, COUNT(*), SUM(handle_ms), SUM(silence_ms) FROM call_fact GROUP BY 1, 2, 3";
        String teamAggregate = "SELECT call_day, team_id, queue_id, calls, handle_ms, silence_ms FROM call_team_day";
        assertThat(Database.count("SELECT COUNT(*) FROM (" + byTeam + " EXCEPT " + teamAggregate + ") d")).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM (" + teamAggregate + " EXCEPT " + byTeam + ") d")).isZero();
    }

    @Test
    @RunAsClient
    void badFiltersAreRefusedOnTheirParametersAndTheTablesDownload() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long billing = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        assertThat(field(assertProblem(get("manager", "dashboards/operations?from=" + today + "&to=" + today.minusDays(1)), 400)))
                .isEqualTo("to");
        assertThat(field(assertProblem(get("manager", "dashboards/operations?from=" + today.minusDays(400) + "&to=" + today), 400)))
                .isEqualTo("to");
        assertThat(field(assertProblem(get("manager", "dashboards/operations?team=999999"), 400))).isEqualTo("team");
        assertThat(field(assertProblem(get("manager", "dashboards/operations?form=1"), 400))).isEqualTo("form");
        assertThat(field(assertProblem(get("manager", "dashboards/operations/calls?day=" + today.plusDays(1)), 400))).isEqualTo("day");
        assertThat(field(assertProblem(get("manager", "dashboards/operations/calls?band=6"), 400))).isEqualTo("band");
        assertThat(field(assertProblem(get("manager", "dashboards/operations/calls?number=LOUD"), 400))).isEqualTo("number");
        assertThat(field(assertProblem(get("manager", "dashboards/operations/export/everything"), 400))).isEqualTo("table");
        assertProblem(get("agent1", "dashboards/operations"), 403);
        assertProblem(get("sup.support", "dashboards/operations?team=" + billing), 403);
        assertProblem(get("sup.support", "dashboards/operations/export/calls?team=" + billing), 403);

        JsonNode report = json(get("manager", "dashboards/operations"));
        HttpResponse<String> teams = get("manager", "dashboards/operations/export/teams");
        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"operations-teams-");
        List<String> lines = teams.body().lines().toList();
        assertThat(lines.get(0)).startsWith("team,calls,answered,answered %,mean handle time (s)");
        assertThat(lines).hasSize(report.get("teams").size() + 1);
        HttpResponse<String> calls = get("manager", "dashboards/operations/export/calls?number=ANSWERED");
        assertThat(calls.body().lines().count()).as("a row per answered call, after the header")
                .isEqualTo(report.get("summary").get("figures").get("answered").asLong() + 1);

        // a filter set kept under the operations dashboard, the manager's own
        String name = "Billing calls " + System.nanoTime();
        HttpResponse<String> saved = post("manager", "dashboards/filter-sets?team=" + billing, "{\"dashboard\":\"operations\",\"name\":\""
                + name + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(json(get("manager", "dashboards/filter-sets?dashboard=operations")).get("items"))
                .anySatisfy(set -> assertThat(set.get("name").asText()).isEqualTo(name));
        assertThat(json(get("manager", "dashboards/filter-sets?dashboard=quality")).get("items"))
                .noneSatisfy(set -> assertThat(set.get("name").asText()).isEqualTo(name));
        assertThat(Api.delete("manager", "dashboards/filter-sets/" + json(saved).get("id").asLong()).statusCode()).isEqualTo(204);

        HttpResponse<byte[]> pdf = getBytes("manager", "dashboards/operations/report.pdf?team=" + billing);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"operations-report-");
        long billingCalls = json(get("manager", "dashboards/operations?team=" + billing)).get("summary").get("figures").get("calls").asLong();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Operations dashboard", "Team: Billing", "Calls", "Handle time of the answered calls")
                    .contains(String.valueOf(billingCalls));
        }
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

    private static List<String> callIds(String query) throws Exception {
        JsonNode list = json(get("manager", "dashboards/operations/calls?size=50&" + query));
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("callId").asText()));
        assertThat(list.get("total").asLong()).isEqualTo(ids.size());
        return ids;
    }

    private static List<List<String>> rows(String sql, long agentId) throws SQLException {
        try (Connection db = Database.superuser(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, agentId);
            ResultSet result = query.executeQuery();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                // the day, then the keys and sums, all whole numbers
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.add(column == 1 ? result.getObject(column).toString() : String.valueOf(result.getLong(column)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static short[] join(short[]... parts) {
        short[] joined = new short[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
