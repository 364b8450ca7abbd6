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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earshot.access.GrantService;
import org.earshot.access.Role;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.monitoring.AgentNotice;
import org.earshot.monitoring.MonitoringPolicyService;
import org.earshot.monitoring.PolicyChange;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.recording.CallRecordings;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.RetentionPurge;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.PlayedNotice;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance dashboard against what was done, each through the application's own path: four calls through a
 * queue of its own whose policy has a caller announcement, their events kept by the call records' listener as the
 * telephony core sends them (NOTICE_PLAYED included): one announced, then monitored with the agent's notice tone
 * and barged in on (its recording paused twice through the recording's listener); one put through without the
 * announcement (the finding; its recording deleted by compliance); one announced (its recording purged by
 * retention); one whose caller hung up during the announcement (due, but nobody was put through). Each number
 * moves by exactly that, and the lists behind them hold those calls. Then legal holds placed and released, a
 * verification of the audit chain and the permission review, which only compliance sees; the scope, the refusals,
 * the CSV; and the PDF of the demo's Billing queue.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceDashboardIT {

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
    @EJB
    private MonitoringPolicyService policies;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void eachNumberMovesByExactlyWhatWasDone() throws Exception {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        Site site = organization.findByUsername("agent1").getSite();
        Team team = fixture.team("Announced", site);
        String extension = "8" + (System.nanoTime() % 100_000);
        User agent = fixture.agent("announced", team, extension);
        User supervisor = fixture.user("overseer", null);
        fixture.grant(supervisor, Role.SUPERVISOR, Set.of(team.getId()), EnumSet.allOf(MonitoringMode.class));
        CallQueue queue = As.user("admin", () -> organization.createQueue(fixture.unique("Announced"), "7" + (System.nanoTime() % 100_000),
                site.getId()));
        long prompt = As.user("admin", () -> policies.uploadPrompt(fixture.unique("Calls are recorded"), "recorded.wav", QueuePolicyIT.wav(4000))).id();
        As.user("admin", () -> policies.changePolicy(queue.getId(), new PolicyChange(EnumSet.allOf(MonitoringMode.class), 3, prompt,
                AgentNotice.TONE, null, true, true, false)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String range = "from=" + today.minusDays(1) + "&to=" + today;
        String filter = "queue=" + queue.getId() + "&" + range;
        JsonNode before = json(get("compliance", "dashboards/compliance?" + range));

        Instant start = Instant.now().minus(Duration.ofMinutes(30));
        String announced = call(queue, extension, start, true, true);
        String unannounced = call(queue, extension, start.plusSeconds(60), false, false);
        String purged = call(queue, extension, start.plusSeconds(120), true, false);
        String hungUp = call(queue, null, start.plusSeconds(180), false, false);

        RecordedCalls calls = new RecordedCalls(recorder, CDI.current().select(RecordingVault.class).get());
        UUID paused = calls.recordingRow(announced, "COMPLETE", 60_000);
        for (CallEvent.Type type : List.of(CallEvent.Type.RECORDING_PAUSED, CallEvent.Type.RECORDING_RESUMED, CallEvent.Type.RECORDING_PAUSED)) {
            CallEvent event = new CallEvent(announced, type, start.plusSeconds(20), null, null, queue.getName(), extension, "agent key", null);
            As.system(() -> {
                recordings.onCallEvent(event);
                return null;
            });
        }
        UUID deleted = calls.recordingRow(unannounced, "COMPLETE", 60_000);
        HttpResponse<String> deletion = post("compliance", "recordings/" + deleted + "/deletion", "{\"reason\":\"the caller asked\"}");
        assertThat(deletion.statusCode()).as(deletion.body()).isEqualTo(204);
        UUID expired = calls.recordingRow(purged, "COMPLETE", 60_000);
        RecordedCalls.expire(expired);
        As.user("compliance", () -> purge.runNow());

        JsonNode report = json(get("manager", "dashboards/compliance?" + filter));
        JsonNode summary = report.get("summary");
        assertThat(summary.get("calls").asLong()).isEqualTo(4);
        assertThat(summary.get("noticesPlayed").asLong()).as("two announcements, a notice tone, a barge tone").isEqualTo(4);
        assertThat(summary.get("announcementsDue").asLong()).as("the answered calls through the queue").isEqualTo(3);
        assertThat(summary.get("announcementsMissed").asLong()).isEqualTo(1);
        assertThat(summary.get("recordingsPaused").asLong()).isEqualTo(1);
        assertThat(summary.get("pauses").asLong()).isEqualTo(2);
        assertThat(summary.get("purged").asLong()).isEqualTo(2);
        assertThat(played(report)).containsExactly(2L, 1L, 0L, 1L);
        assertThat(report.get("purges").findValuesAsText("kind")).containsExactly("RETENTION", "ERASURE", "DELETION");
        assertThat(report.get("purges").findValues("recordings").stream().map(JsonNode::asLong).toList()).containsExactly(1L, 0L, 1L);
        assertThat(report.get("trend").findValues("noticesPlayed").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(4);
        assertThat(report.get("holds").get("permitted").asBoolean()).as("the manager does not govern recordings").isFalse();
        assertThat(report.get("reviews").get("permitted").asBoolean()).isFalse();
        assertThat(report.get("verification").get("permitted").asBoolean()).isFalse();

        assertThat(callIds(filter + "&number=NOTICES")).containsExactly(purged, announced);
        assertThat(callIds(filter + "&number=NOTICES&notice=BARGE_TONE")).containsExactly(announced);
        assertThat(callIds(filter + "&number=ANNOUNCEMENT_MISSED")).containsExactly(unannounced);
        assertThat(callIds(filter + "&number=PAUSED")).containsExactly(announced);
        assertThat(callIds(filter + "&number=CALLS")).containsExactly(hungUp, purged, unannounced, announced);
        JsonNode deletions = json(get("manager", "dashboards/compliance/deletions?" + filter));
        assertThat(deletions.get("items").findValuesAsText("callId")).containsExactlyInAnyOrder(unannounced, purged);
        assertThat(json(get("manager", "dashboards/compliance/deletions?kind=RETENTION&" + filter)).get("items").findValuesAsText("callId"))
                .containsExactly(purged);

        // the supervisor of the agent's team sees the agent's calls (not the one no agent took); sup.support none, and may not ask
        JsonNode overseen = json(get(supervisor.getUsername(), "dashboards/compliance?" + range)).get("summary");
        assertThat(overseen.get("calls").asLong()).isEqualTo(3);
        assertThat(overseen.get("announcementsMissed").asLong()).isEqualTo(1);
        assertProblem(get("sup.support", "dashboards/compliance?team=" + team.getId()), 403);
        assertProblem(get("sup.support", "dashboards/compliance/calls?team=" + team.getId()), 403);

        // legal holds: two placed, one released; a verification of the chain; the permission review: compliance's alone
        long hold = json(post("compliance", "legal-holds", "{\"name\":\"" + fixture.unique("Matter") + "\",\"reason\":\"litigation\",\"callId\":\""
                + announced + "\"}")).get("id").asLong();
        long released = json(post("compliance", "legal-holds", "{\"name\":\"" + fixture.unique("Closed matter") + "\",\"reason\":\"inquiry\","
                + "\"agent\":\"" + agent.getUsername() + "\"}")).get("id").asLong();
        assertThat(post("compliance", "legal-holds/" + released + "/release", "{\"reason\":\"settled\"}").statusCode()).isEqualTo(200);
        JsonNode verified = json(post("compliance", "audit/verify", "{}"));
        JsonNode after = json(get("compliance", "dashboards/compliance?" + range));
        assertThat(after.get("holds").get("open").asLong()).isEqualTo(before.get("holds").get("open").asLong() + 1);
        assertThat(after.get("holds").get("placed").asLong()).isEqualTo(before.get("holds").get("placed").asLong() + 2);
        assertThat(after.get("holds").get("released").asLong()).isEqualTo(before.get("holds").get("released").asLong() + 1);
        assertThat(after.get("summary").get("announcementsMissed").asLong())
                .isEqualTo(before.get("summary").get("announcementsMissed").asLong() + 1);
        JsonNode verification = after.get("verification");
        assertThat(verification.get("by").asText()).isEqualTo("compliance");
        assertThat(verification.get("intact").asBoolean()).isEqualTo(verified.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entriesChecked").asLong()).isEqualTo(verified.get("entriesChecked").asLong());
        assertThat(Duration.between(Instant.parse(verification.get("at").asText()), Instant.now())).isLessThan(Duration.ofMinutes(1));
        assertThat(after.get("reviews").get("findings").asLong())
                .isEqualTo(json(get("compliance", "permission-reviews/findings?size=500")).get("total").asLong());
        assertThat(json(get("compliance", "dashboards/compliance/holds?number=OPEN&" + range))).anySatisfy(h -> assertThat(h.get("id").asLong())
                .isEqualTo(hold));
        assertThat(json(get("compliance", "dashboards/compliance/holds?number=RELEASED&" + range))).anySatisfy(h -> assertThat(h.get("id")
                .asLong()).isEqualTo(released));
        assertThat(json(get("compliance", "dashboards/compliance/reviews?" + range))).hasSize(after.get("reviews").get("findings").asInt());
        assertProblem(get("manager", "dashboards/compliance/holds"), 403);
        assertProblem(get("manager", "dashboards/compliance/reviews"), 403);

        // the tables as CSV, the calls streamed; the PDF report
        HttpResponse<String> noticeCalls = get("manager", "dashboards/compliance/export/calls?number=NOTICES&" + filter);
        assertThat(noticeCalls.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"compliance-calls-");
        List<String> lines = noticeCalls.body().lines().toList();
        assertThat(lines).as("a row per call with notices, after the header").hasSize(3);
        assertThat(lines.get(0)).startsWith("call,started,agent,team,queue,answered,notices played");
        assertThat(get("manager", "dashboards/compliance/export/deletions?" + filter).body().lines().count()).isEqualTo(3);
        assertThat(get("manager", "dashboards/compliance/export/notices?" + filter).body().lines().toList())
                .containsExactly("notice,heard by,played", "CALLER_ANNOUNCEMENT,caller,2", "AGENT_NOTICE_TONE,agent,1", "AGENT_NOTICE_PROMPT,agent,0",
                        "BARGE_TONE,caller and agent,1");
        assertThat(get("manager", "dashboards/compliance/export/summary?" + filter).body().lines().toList().get(1)).startsWith("4,4,3,1,1,2,2,not permitted");
    }

    @Test
    @RunAsClient
    void badInputIsRefusedOnItsParameterAndTheReportPrints() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance?from=" + today + "&to=" + today.minusDays(1)), 400))).isEqualTo("to");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance?from=" + today.minusDays(400) + "&to=" + today), 400)))
                .isEqualTo("to");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance?team=999999"), 400))).isEqualTo("team");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance?form=1"), 400))).isEqualTo("form");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance/calls?number=LOUD"), 400))).isEqualTo("number");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance/calls?number=PAUSED&notice=BARGE_TONE"), 400))).isEqualTo("notice");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance/calls?day=" + today.plusDays(1)), 400))).isEqualTo("day");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance/deletions?kind=SHREDDED"), 400))).isEqualTo("kind");
        assertThat(field(assertProblem(get("compliance", "dashboards/compliance/export/everything"), 400))).isEqualTo("table");
        assertProblem(get("agent1", "dashboards/compliance"), 403);
        assertProblem(get("agent1", "dashboards/compliance/report.pdf"), 403);

        long billing = Database.count("SELECT id FROM call_queue WHERE name = 'Billing'");
        JsonNode summary = json(get("compliance", "dashboards/compliance?queue=" + billing)).get("summary");
        HttpResponse<byte[]> pdf = getBytes("compliance", "dashboards/compliance/report.pdf?queue=" + billing);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"compliance-report-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Compliance dashboard", "Queue: Billing", "Notices played",
                    "Announcements missed", summary.get("announcementsMissed").asText() + " of " + summary.get("announcementsDue").asText(),
                    "Legal holds", "Audit chain");
        }
    }

    /**
     * A call through the queue, with the events the telephony core sends: announced or not, answered by the agent at the
     * extension (null: the caller hung up while waiting), and monitored (the agent's notice tone) and barged in on (the barge tone).
     */
    private String call(CallQueue queue, String extension, Instant at, boolean announced, boolean monitored) {
        String callId = "compliance-" + UUID.randomUUID();
        if (announced) {
            event(callId, CallEvent.Type.NOTICE_PLAYED, at, queue, null, PlayedNotice.CALLER_ANNOUNCEMENT.detail(), null);
        }
        if (extension == null) {
            event(callId, CallEvent.Type.ENDED, at.plusSeconds(5), queue, null, "caller hung up", null);
            return callId;
        }
        event(callId, CallEvent.Type.QUEUED, at.plusSeconds(1), queue, null, "position 1", null);
        event(callId, CallEvent.Type.RINGING, at.plusSeconds(2), queue, extension, null, null);
        event(callId, CallEvent.Type.ANSWERED, at.plusSeconds(4), queue, extension, null, null);
        if (monitored) {
            String session = UUID.randomUUID().toString();
            CallEvent.Monitor listening = new CallEvent.Monitor(session, "1005", MonitoringMode.LISTEN);
            event(callId, CallEvent.Type.MONITOR_STARTED, at.plusSeconds(10), queue, extension, "LISTEN", listening);
            event(callId, CallEvent.Type.NOTICE_PLAYED, at.plusSeconds(10), queue, extension, PlayedNotice.AGENT_NOTICE_TONE.detail(), listening);
            CallEvent.Monitor barging = new CallEvent.Monitor(session, "1005", MonitoringMode.BARGE);
            event(callId, CallEvent.Type.NOTICE_PLAYED, at.plusSeconds(20), queue, extension, PlayedNotice.BARGE_TONE.detail(), barging);
            event(callId, CallEvent.Type.MONITOR_MODE_CHANGED, at.plusSeconds(20), queue, extension, "LISTEN -> BARGE", barging);
        }
        event(callId, CallEvent.Type.ENDED, at.plusSeconds(50), queue, extension, "caller hung up", null);
        return callId;
    }

    private void event(String callId, CallEvent.Type type, Instant at, CallQueue queue, String extension, String detail, CallEvent.Monitor monitor) {
        CallEvent event = new CallEvent(callId, type, at, "555 0199", queue.getNumber(), queue.getName(), extension, detail, null, monitor);
        As.system(() -> {
            recorder.record(event);
            return null;
        });
    }

    /** The notices played, in the order of PlayedNotice. */
    private static List<Long> played(JsonNode report) {
        List<Long> played = new ArrayList<>();
        report.get("notices").forEach(n -> played.add(n.get("played").asLong()));
        return played;
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

    private static List<String> callIds(String query) throws Exception {
        JsonNode list = json(get("manager", "dashboards/compliance/calls?size=50&" + query));
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("callId").asText()));
        assertThat(list.get("total").asLong()).isEqualTo(ids.size());
        return ids;
    }
}
