package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;
import static org.earshot.it.SupervisorConsole.callOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An evaluation of a live call, started while listening, through the REST API and real phones (sipp):
 * a caller reaches demo agent2 (1002, a direct call, recorded only on demand); sup.billing (phone 2001)
 * and qa (phone 2003) listen. Two published forms fit agent2's team, so sup.billing names one; two
 * requests at once make one draft, and asking again gives it back, whatever form is named. Its call has
 * no recording yet; sup.billing answers, then records the call on demand, and the evaluation links the
 * recording; the call ends, the recording completes and the evaluation is submitted to agent2.
 * Refused and audited on the session: qa and sup.support evaluating from sup.billing's session (403),
 * qa evaluating from their own session once it has ended (409). The database keeps one evaluation per session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveEvaluationIT {

    private static final Duration TALK = Duration.ofSeconds(25);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aSupervisorEvaluatesTheCallTheyListenToAndTheRecordingFollowsTheCallsEnd() throws Exception {
        long chosen = BillingScorecard.publishForBillingTeam("Live call");
        long other = BillingScorecard.publishForBillingTeam("Live call, other");
        Process supBillingPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Process qaPhone = Phones.supervisorPhone("2003", "sip-2003-demo");
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = Eventually.answer(() -> callOf("agent2"), id -> id != null, PATIENCE);
            long session = listen("sup.billing", callId);
            long qaSession = listen("qa", callId);

            JsonNode which = assertProblem(post("sup.billing", "evaluations", "{\"monitoringSessionId\":" + session + "}"), 400);
            assertThat(which.path("errors").path(0).path("field").asText()).isEqualTo("scorecardId");
            assertThat(which.path("errors").path(0).path("message").asText()).contains(chosen + " (").contains(other + " (");

            // A double click: two requests at once make one draft.
            String start = "{\"monitoringSessionId\":" + session + ",\"scorecardId\":" + chosen + "}";
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> startAs("sup.billing", start));
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> startAs("sup.billing", start));
            List<HttpResponse<String>> both = List.of(first.get(), second.get());
            assertThat(both).extracting(HttpResponse::statusCode).as(both.get(0).body() + both.get(1).body())
                    .containsExactlyInAnyOrder(201, 200);
            HttpResponse<String> created = both.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
            JsonNode draft = json(created).get("summary");
            long id = draft.get("id").asLong();
            assertThat(both).allSatisfy(r -> assertThat(json(r).get("summary").get("id").asLong()).isEqualTo(id));
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/evaluations/" + id));
            assertThat(draft.get("monitoringSessionId").asLong()).isEqualTo(session);
            assertThat(draft.get("agent").asText()).isEqualTo("agent2");
            assertThat(draft.get("scorecardId").asLong()).isEqualTo(chosen);
            assertThat(draft.path("recordingId").textValue()).as("a direct call is not recorded until asked").isNull();

            HttpResponse<String> again = post("sup.billing", "evaluations", "{\"monitoringSessionId\":" + session + ",\"scorecardId\":" + other + "}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(json(again).get("summary").get("id").asLong()).as("the draft made from the session, not a second").isEqualTo(id);
            assertThat(json(again).get("summary").get("scorecardId").asLong()).isEqualTo(chosen);
            assertThat(again.headers().firstValue("Content-Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/evaluations/" + id));

            assertThat(assertProblem(post("qa", "evaluations", "{\"monitoringSessionId\":" + session + "}"), 403).get("detail").asText())
                    .contains("not yours");
            assertProblem(post("sup.support", "evaluations", "{\"monitoringSessionId\":" + session + "}"), 403);
            assertProblem(post("sup.billing", "evaluations", "{\"monitoringSessionId\":999999999}"), 404);

            HttpResponse<String> saved = put("sup.billing", "evaluations/" + id + "/answers", """
                    {"answers":[{"question":"greeting","value":"YES"},{"question":"verified","value":"YES"},
                    {"question":"outcome","value":"partly"}]}""");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(json(saved).get("score").get("total").decimalValue()).isEqualByComparingTo("62.50");

            HttpResponse<String> recorded = post("sup.billing", "calls/" + callId + "/recording", "");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            String recording = json(recorded).get("id").asText();
            assertThat(json(get("sup.billing", "evaluations/" + id)).get("summary").get("recordingId").asText())
                    .as("linked once it exists").isEqualTo(recording);

            assertThat(call.wentAsScripted()).as("the caller hung up after talking").isTrue();
            Eventually.answer(() -> json(get("qa", "monitoring/sessions")).get("total").asInt(), n -> n == 0, PATIENCE);
            JsonNode ended = assertProblem(post("qa", "evaluations", "{\"monitoringSessionId\":" + qaSession + "}"), 409);
            assertThat(ended.path("errors").path(0).path("field").asText()).isEqualTo("monitoringSessionId");
            assertThat(ended.path("errors").path(0).path("message").asText()).contains("has ended");
            HttpResponse<String> afterTheCall = post("sup.billing", "evaluations", start);
            assertThat(afterTheCall.statusCode()).as("its own evaluation, even once the session ended").isEqualTo(200);
            assertThat(json(afterTheCall).get("summary").get("id").asLong()).isEqualTo(id);

            Eventually.answer(() -> json(get("sup.billing", "recordings/" + recording)).get("recording").get("status").asText(),
                    status -> !status.equals("RECORDING"), PATIENCE);
            JsonNode submitted = json(post("sup.billing", "evaluations/" + id + "/submit", ""));
            assertThat(submitted.get("summary").get("state").asText()).isEqualTo("SUBMITTED");
            assertThat(submitted.get("summary").get("recordingId").asText()).isEqualTo(recording);
            assertThat(json(get("agent2", "evaluations/" + id)).get("summary").get("total").decimalValue()).isEqualByComparingTo("62.50");

            assertThat(BillingScorecard.auditTrail(id)).containsExactly("EVALUATION_START sup.billing SUCCESS",
                    "EVALUATION_ANSWERS_SAVE sup.billing SUCCESS", "EVALUATION_SUBMIT sup.billing SUCCESS");
            assertThat(BillingScorecard.auditTrail("MonitoringSession", session))
                    .containsExactly("EVALUATION_START qa DENIED", "EVALUATION_START sup.support DENIED");
            assertThat(BillingScorecard.auditTrail("MonitoringSession", qaSession)).containsExactly("EVALUATION_START qa DENIED");
            JsonNode refusals = json(get("compliance", "audit?callId=" + callId + "&action=EVALUATION_START&outcome=DENIED"));
            assertThat(refusals.get("total").asInt()).as("the call's trail has them, with its agent").isEqualTo(3);
            assertThat(refusals.get("items")).allSatisfy(e -> assertThat(e.get("agent").asText()).isEqualTo("agent2"));

            assertThatThrownBy(() -> secondEvaluationOf(session)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("evaluation_one_per_monitoring_session");
        } finally {
            call.stopPhones();
            supBillingPhone.destroyForcibly();
            qaPhone.destroyForcibly();
            BillingScorecard.retire(chosen);
            BillingScorecard.retire(other);
        }
    }

    /** Starts listening to the call as the user and waits for their phone to be in it; the session's id. */
    private static long listen(String user, String callId) throws Exception {
        HttpResponse<String> started = post(user, "monitoring/sessions",
                "{\"callId\":\"" + callId + "\",\"mode\":\"LISTEN\",\"purpose\":\"QUALITY_ASSURANCE\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long session = json(started).get("id").asLong();
        Eventually.answer(() -> stateOf(user, session), "CONNECTED"::equals, PATIENCE);
        return session;
    }

    private static String stateOf(String user, long session) throws Exception {
        return StreamSupport.stream(json(get(user, "monitoring/sessions")).get("items").spliterator(), false)
                .filter(s -> s.get("id").asLong() == session).map(s -> s.get("state").asText()).findFirst().orElse(null);
    }

    private static HttpResponse<String> startAs(String user, String body) {
        try {
            return post(user, "evaluations", body);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Writes a copy of the session's evaluation straight into the database, as no service would. */
    private static void secondEvaluationOf(long session) throws SQLException {
        try (Connection db = Database.superuser();
             PreparedStatement copy = db.prepareStatement("INSERT INTO evaluation (call_id, monitoring_session_id, agent_user_id,"
                     + " evaluator_user_id, scorecard_version_id, state, calibration, draft_answers, created_at, version)"
                     + " SELECT call_id, monitoring_session_id, agent_user_id, evaluator_user_id, scorecard_version_id, 'DRAFT',"
                     + " calibration, draft_answers, created_at, 0 FROM evaluation WHERE monitoring_session_id = ?")) {
            copy.setLong(1, session);
            copy.executeUpdate();
        }
    }
}
