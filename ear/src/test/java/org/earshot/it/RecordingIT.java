package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.earshot.access.GrantService;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.query.PageRequest;
import org.earshot.recording.RecordingAuditAction;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Call recording on the deployed server and PostgreSQL, through the REST API: policies are the
 * administrator's, checked field by field and audited; a real sipp call through the Billing queue
 * (whose demo policy records every call) to agent3 is recorded whole, with markers of its answer and
 * of agent3 pausing and resuming it; supervisors see only their teams' recordings, and a refusal is
 * audited and answered 404, as an unknown recording is. A supervisor's list holds exactly the recordings of
 * their team's agents and their queue's calls, as each recording keeps its call's agent and queue: when the
 * recording is made, when the call's record comes after it, and when the call is transferred.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration TALK = Duration.ofSeconds(30);
    private static final String VALID_POLICY = "{\"mode\":\"SAMPLE\",\"samplePercent\":30,\"keepSupervisorAudio\":true,"
            + "\"retentionDays\":365,\"agentsMayPause\":false,\"autoResumeSeconds\":60}";

    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;
    @EJB
    private AuditService audit;
    @EJB
    private CallRecordService records;
    @EJB
    private TelephonyRecorder recorder;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory callControl;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void policySettingsOutOfRangeAreRefusedByFieldAndAChangeIsAuditedWithBeforeAndAfter() throws Exception {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        long site = fixture.site("Recording site").getId();
        String number = "8" + (System.nanoTime() % 100_000);
        CallQueue queue = As.user("admin", () -> organization.createQueue(fixture.unique("Recorded queue"), number, site));
        String path = "recording-policies/" + queue.getId();
        Instant before = Instant.now();

        assertThat(Api.json(Api.get("admin", path)).get("inherited").asBoolean()).as("a new queue follows the default").isTrue();
        assertFieldRefused(path, VALID_POLICY.replace("\"samplePercent\":30", "\"samplePercent\":0"), "samplePercent");
        assertFieldRefused(path, VALID_POLICY.replace("\"retentionDays\":365", "\"retentionDays\":3651"), "retentionDays");
        assertFieldRefused(path, VALID_POLICY.replace("\"autoResumeSeconds\":60", "\"autoResumeSeconds\":9"), "autoResumeSeconds");
        assertFieldRefused(path, VALID_POLICY.replace("\"SAMPLE\"", "null"), "mode");
        Api.assertProblem(Api.put("sup.billing", path, VALID_POLICY), 403);
        assertThat(Api.json(Api.get("admin", path)).get("inherited").asBoolean()).as("nothing refused was kept").isTrue();

        HttpResponse<String> changed = Api.put("admin", path, VALID_POLICY);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode policy = Api.json(Api.get("admin", path));
        assertThat(policy.get("inherited").asBoolean()).isFalse();
        assertThat(policy.get("settings").get("mode").asText()).isEqualTo("SAMPLE");
        assertThat(policy.get("settings").get("samplePercent").asInt()).isEqualTo(30);
        assertThat(policy.get("settings").get("autoResumeSeconds").asInt()).isEqualTo(60);
        assertThat(entries("admin", RecordingAuditAction.RECORDING_POLICY_CHANGE, before)).singleElement().satisfies(entry -> {
            assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(entry.getTargetId()).isEqualTo(queue.getId().toString());
            assertThat(entry.getDetail()).isEqualTo("queue " + queue.getName() + " recording policy: mode: ON_DEMAND -> SAMPLE 30 %;"
                    + " supervisor audio: not kept -> kept; retention: 90 days -> 365 days; agents may pause: yes -> no;"
                    + " auto-resume: 120 s -> 60 s");
        });
        assertThat(Api.put("admin", path, VALID_POLICY).statusCode()).isEqualTo(200);
        assertThat(entries("admin", RecordingAuditAction.RECORDING_POLICY_CHANGE, before)).as("a change to nothing is not audited")
                .hasSize(1);
        assertThat(Api.get("admin", "recording-policies/default").statusCode()).isEqualTo(200);
        Api.assertProblem(Api.get("admin", "recording-policies/nine"), 400);
    }

    @Test
    void aBillingCallIsRecordedWholeWithItsAgentsPauseAndOnlyItsTeamsSupervisorSeesIt() throws Exception {
        int agentPhone = Phones.registeredPhone("1003");
        Instant before = Instant.now();
        Phones.Call call = null;
        String callId;
        try {
            assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
            call = Phones.callQueue("6001", agentPhone, TALK);
            callId = BillingCalls.answeredSince(records, before, "6001");
            JsonNode recording = Eventually.answer(() -> recordingOf("sup.billing", callId), r -> r != null, PATIENCE);
            assertThat(recording.get("status").asText()).isEqualTo("RECORDING");

            HttpResponse<String> paused = Eventually.answer(() -> Api.post("agent3", "calls/" + callId + "/recording/pause", ""),
                    response -> response.statusCode() == 204, PATIENCE);
            assertThat(paused.statusCode()).isEqualTo(204);
            Api.assertProblem(Api.post("agent3", "calls/" + callId + "/recording/pause", ""), 403);
            Api.assertProblem(Api.post("agent1", "calls/" + callId + "/recording/resume", ""), 403);
            assertThat(Api.post("agent3", "calls/" + callId + "/recording/resume", "").statusCode()).isEqualTo(204);
            Thread.sleep(1000);
            BillingCalls.hangUpLatest(records, callControl, before);
        } finally {
            if (call != null) {
                call.stopPhones();
            }
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }

        JsonNode finished = Eventually.answer(() -> recordingOf("sup.billing", callId),
                r -> r != null && !r.get("status").asText().equals("RECORDING"), PATIENCE);
        assertThat(finished.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(finished.get("packetsLeftOut").asLong()).as("phones on loopback, every packet on time").isZero();
        assertThat(finished.get("agentUsername").asText()).isEqualTo("agent3");
        assertThat(finished.get("queueName").asText()).isEqualTo("Billing");
        assertThat(keeps(callId, "agent3", "Billing")).as("made on the call's first event, then given the agent who answered").isTrue();
        assertThat(finished.get("paused").asBoolean()).isTrue();
        assertThat(finished.get("durationMillis").asLong()).isGreaterThan(1000);
        String id = finished.get("id").asText();

        JsonNode detail = Api.json(Api.get("sup.billing", "recordings/" + id));
        List<String> markers = new ArrayList<>();
        detail.get("markers").forEach(m -> markers.add(m.get("type").asText() + " " + m.path("actor").asText("")));
        assertThat(markers).containsSubsequence("ANSWERED agent3", "RECORDING_PAUSED agent3", "RECORDING_RESUMED agent3",
                "RECORDING_STOPPED ");
        assertThat(entries("agent3", RecordingAuditAction.RECORDING_PAUSE, before))
                .filteredOn(e -> e.getOutcome() == AuditOutcome.SUCCESS).singleElement()
                .satisfies(e -> assertThat(e.getCallId()).isEqualTo(callId));
        assertThat(entries("agent3", RecordingAuditAction.RECORDING_PAUSE, before)).as("paused already: refused")
                .anySatisfy(e -> assertThat(e.getDetail()).isEqualTo("The recording is paused already, or not started yet"));
        assertThat(entries("agent3", RecordingAuditAction.RECORDING_RESUME, before)).singleElement()
                .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS));
        assertThat(entries("agent1", RecordingAuditAction.RECORDING_RESUME, before)).singleElement()
                .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED));

        assertThat(Api.get("agent3", "recordings/" + id).statusCode()).as("the agent's own").isEqualTo(200);
        Api.assertProblem(Api.get("sup.support", "recordings/" + id), 404);
        assertThat(recordingOf("sup.support", callId)).as("not in the other team's list").isNull();
        assertThat(entries("sup.support", RecordingAuditAction.RECORDING_VIEW, before)).singleElement().satisfies(e -> {
            assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.getTargetId()).isEqualTo(id);
        });
        Api.assertProblem(Api.get("sup.billing", "recordings/" + UUID.randomUUID()), 404);
    }

    @Test
    void aSupervisorListsExactlyTheRecordingsOfTheirTeamAndQueueAndARecordingFollowsItsCallToAnotherAgent() throws Exception {
        Instant since = Instant.now().minus(Duration.ofMinutes(30));
        String prefix = "scope-" + UUID.randomUUID() + "-";
        String billingAgent = prefix + "agent1-direct";
        String supportQueueBillingAgent = prefix + "agent1-support";
        String supportAgent = prefix + "agent4-direct";
        String billingQueueSupportAgent = prefix + "agent4-billing";
        String callRecordAfter = prefix + "agent2-late";
        MadeUpCall.of(billingAgent, "1001").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED);
        MadeUpCall.throughQueue(supportQueueBillingAgent, "6002", "1001").happens(recorder, CallEvent.Type.QUEUED, CallEvent.Type.RINGING,
                CallEvent.Type.ANSWERED);
        MadeUpCall.of(supportAgent, "1004").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED);
        MadeUpCall.throughQueue(billingQueueSupportAgent, "6001", "1004").happens(recorder, CallEvent.Type.QUEUED, CallEvent.Type.RINGING,
                CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        for (String callId : List.of(billingAgent, supportQueueBillingAgent, supportAgent, billingQueueSupportAgent, callRecordAfter)) {
            RecordedCallRows.recordingOf(callId);
        }
        assertThat(keeps(callRecordAfter, null, null)).as("no call record yet: seen through nothing").isTrue();
        MadeUpCall.of(callRecordAfter, "1002").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED);
        assertThat(keeps(callRecordAfter, "agent2", null)).as("given by the call record made after it").isTrue();
        assertThat(keeps(billingQueueSupportAgent, "agent4", "Billing")).isTrue();

        assertThat(listed("sup.billing", since, prefix, "")).containsExactlyInAnyOrder(billingAgent, supportQueueBillingAgent, billingQueueSupportAgent,
                callRecordAfter);
        assertThat(listed("sup.support", since, prefix, "")).containsExactlyInAnyOrder(supportQueueBillingAgent, supportAgent, billingQueueSupportAgent);
        assertThat(listed("agent1", since, prefix, "")).as("an agent's own").containsExactlyInAnyOrder(billingAgent, supportQueueBillingAgent);
        assertThat(listed("compliance", since, prefix, "")).hasSize(5);
        long agent4 = Database.count("SELECT id FROM app_user WHERE username = 'agent4'");
        assertThat(listed("sup.billing", since, prefix, "&agentId=" + agent4)).as("agent4's, through Billing's queue")
                .containsExactlyInAnyOrder(billingQueueSupportAgent);

        MadeUpCall.of(billingAgent, "1004").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.TRANSFERRED, CallEvent.Type.ENDED);

        assertThat(keeps(billingAgent, "agent4", null)).as("the recording follows its call to agent4").isTrue();
        assertThat(listed("sup.billing", since, prefix, "")).containsExactlyInAnyOrder(supportQueueBillingAgent, billingQueueSupportAgent, callRecordAfter);
        assertThat(listed("sup.support", since, prefix, "")).containsExactlyInAnyOrder(billingAgent, supportQueueBillingAgent, supportAgent,
                billingQueueSupportAgent);
        assertThat(listed("sup.support", since, prefix, "&agentId=" + agent4)).containsExactlyInAnyOrder(billingAgent, supportAgent,
                billingQueueSupportAgent);
    }

    /** Whether the call's recording keeps that agent (username) and queue (name), either null for none. */
    private static boolean keeps(String callId, String agent, String queue) throws Exception {
        return Database.count("SELECT COUNT(*) FROM recording r LEFT JOIN app_user u ON u.id = r.call_agent_user_id"
                + " LEFT JOIN call_queue q ON q.id = r.call_queue_id WHERE r.call_id = ? AND u.username IS NOT DISTINCT FROM ?"
                + " AND q.name IS NOT DISTINCT FROM ?", callId, agent, queue) == 1;
    }

    /**
     * The calls (of those whose ids start with the prefix) whose recordings the user's list holds, sorted; the list's
     * total is its items' count, as one page holds them all.
     */
    private static Set<String> listed(String user, Instant since, String prefix, String filters) throws Exception {
        HttpResponse<String> list = Api.get(user, "recordings?size=500&from=" + since + filters);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode page = Api.json(list);
        assertThat(page.get("total").asInt()).as("counted as listed").isEqualTo(page.get("items").size());
        Set<String> calls = new TreeSet<>();
        page.get("items").forEach(item -> {
            if (item.get("callId").asText().startsWith(prefix)) {
                calls.add(item.get("callId").asText());
            }
        });
        return calls;
    }

    private static void assertFieldRefused(String path, String body, String field) throws Exception {
        JsonNode problem = Api.assertProblem(Api.put("admin", path, body), 400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).as(problem.toString()).contains(field);
    }

    /** The recording of the call in the user's recording list, or null. */
    private static JsonNode recordingOf(String user, String callId) throws Exception {
        HttpResponse<String> list = Api.get(user, "recordings?size=100");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode item : Api.json(list).get("items")) {
            if (item.get("callId").asText().equals(callId)) {
                return item;
            }
        }
        return null;
    }

    private List<AuditEntry> entries(String actor, RecordingAuditAction action, Instant since) {
        return As.user("admin", () -> audit.find(new AuditQuery(actor, action.qualifiedName(), null, null, null, null, null, null, null,
                since, null), PageRequest.firstPage(50))).items();
    }
}
