package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.delete;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earshot.evaluation.EvaluationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evaluation workflow's windows set as policies, and the workflow's second tier and lapses, in the
 * server with PostgreSQL. Who sets the windows (an administrator any, a supervisor leading a queue's
 * sampling that queue's, nobody else), each refusal on its field and nothing saved, every change audited;
 * the appeal of a dispute's resolution, resolved by a second reviewer who is neither the first nor the
 * evaluator; an appeal refused where the policy allowed none when the agent disputed, and after its window;
 * the agent's window lapsing by the system, by the end its step fixed, whatever the policy says since.
 * A window's passing is made by moving the step's instants back in the database, and the lapse is run by
 * {@link EvaluationService#lapseDue}, the method the minute timer calls.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationWindowsIT {

    private static final String WEEK = "168";

    @EJB
    private EvaluationService evaluations;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void policiesAreSetByAdministratorsAndTheirQueuesLeadsFieldByFieldAndAudited() throws Exception {
        long billing = queue("Billing");
        long support = queue("Support");
        JsonNode listed = json(get("admin", "evaluation-policies"));
        assertThat(listed.get(0).has("queueId")).as("the organization default first, of no queue").isFalse();
        JsonNode organization = listed.get(0).get("settings");
        assertThat(List.of(organization.get("submitWithinHours").asInt(), organization.get("acknowledgeWithinHours").asInt(),
                organization.get("resolveWithinHours").asInt(), organization.get("appealWithinHours").asInt())).containsExactly(168, 168, 120, 168);
        assertThat(organization.get("appealsAllowed").asBoolean()).isTrue();
        assertThat(find(listed, "Support").get("settings").get("appealsAllowed").asBoolean()).as("the demo's Support: no appeals").isFalse();
        assertThat(find(listed, "Billing").get("inherited").asBoolean()).isTrue();

        // every fault at once, on its field, nothing saved
        JsonNode refused = assertProblem(put("admin", "evaluation-policies/default", "{\"submitWithinHours\":0,\"acknowledgeWithinHours\":9000,"
                + "\"resolveWithinHours\":120,\"appealsAllowed\":true}"), 400);
        List<String> fields = new ArrayList<>();
        refused.get("errors").forEach(e -> fields.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(fields).containsExactlyInAnyOrder("submitWithinHours: The window must be longer than zero",
                "acknowledgeWithinHours: The window may be at most 366 days", "appealWithinHours: Give the window in hours");
        assertThat(json(get("admin", "evaluation-policies/default")).get("settings").get("submitWithinHours").asInt()).isEqualTo(168);
        assertProblem(get("admin", "evaluation-policies/nine"), 400);
        assertProblem(delete("admin", "evaluation-policies/default"), 400);
        HttpResponse<String> openApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("it.http-port", "8380") + "/openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> paths = new ArrayList<>();
        new ObjectMapper().readTree(openApi.body()).get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).anySatisfy(p -> assertThat(p).endsWith("/api/v1/evaluation-policies/{queue}"));

        // a supervisor leads their queue's windows, and only theirs; an evaluator and an agent none
        JsonNode seenByLead = json(get("sup.billing", "evaluation-policies"));
        assertThat(seenByLead).extracting(p -> p.path("queueName").asText(), p -> p.get("mayChange").asBoolean())
                .containsExactly(tuple("", false), tuple("Billing", true));
        try {
            HttpResponse<String> changed = put("sup.billing", "evaluation-policies/" + billing, policy(WEEK, "48", "72", WEEK, false));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).get("inherited").asBoolean()).isFalse();
            assertProblem(put("sup.billing", "evaluation-policies/" + support, policy(WEEK, "48", "72", WEEK, false)), 403);
            assertProblem(put("sup.billing", "evaluation-policies/default", policy(WEEK, "48", "72", WEEK, false)), 403);
            assertProblem(get("qa", "evaluation-policies"), 403);
            assertProblem(put("qa", "evaluation-policies/" + billing, policy(WEEK, "1", "1", "1", true)), 403);
            assertProblem(get("agent1", "evaluation-policies"), 403);
            assertThat(json(get("admin", "audit?actor=sup.billing&action=access.ACCESS_DENIED&targetId=MANAGE_SAMPLING")).get("total").asInt())
                    .isPositive();
            assertThat(json(get("admin", "audit?actor=qa&action=access.ACCESS_DENIED&targetId=MANAGE_SAMPLING")).get("total").asInt())
                    .isPositive();

            JsonNode change = json(get("admin", "audit?action=evaluation.EVALUATION_POLICY_CHANGE&targetType=CallQueue&targetId=" + billing))
                    .get("items").get(0);
            assertThat(change.get("actor").asText()).isEqualTo("sup.billing");
            assertThat(change.get("detail").asText()).isEqualTo("queue Billing evaluation windows: acknowledge or dispute within: 168 h -> 48 h;"
                    + " resolve within: 120 h -> 72 h; appeals: allowed -> not allowed");
        } finally {
            JsonNode followsDefault = json(delete("sup.billing", "evaluation-policies/" + billing));
            assertThat(followsDefault.get("inherited").asBoolean()).isTrue();
        }
        assertThat(json(get("admin", "audit?action=evaluation.EVALUATION_POLICY_REMOVE&targetId=" + billing)).get("items").get(0)
                .get("detail").asText()).startsWith("queue Billing follows the organization default again; it had submit within: 168 h;");
    }

    @Test
    void anAppealGoesToASecondReviewerWhoIsNeitherTheFirstNorTheEvaluatorAndCloses() throws Exception {
        String evaluation = "evaluations/" + BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        JsonNode submitted = json(get("agent1", evaluation)).get("summary");
        assertThat(Duration.between(instant(submitted, "submittedAt"), instant(submitted, "dueAt"))).isEqualTo(Duration.ofDays(7));

        JsonNode disputed = json(post("agent1", evaluation + "/dispute", "{\"reason\":\"The outcome was resolved\",\"questionKeys\":[\"outcome\"]}"));
        assertThat(disputed.get("summary").get("appealAllowed").asBoolean()).as("fixed by the dispute").isTrue();
        JsonNode resolved = json(post("sup.billing", evaluation + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Partly, as scored\"}"));
        assertThat(resolved.get("summary").get("state").asText()).isEqualTo("RESOLVED");
        assertThat(Duration.between(resolved.get("disputes").get(0).get("resolvedAt").asText().transform(Instant::parse),
                instant(resolved.get("summary"), "dueAt"))).as("the appeal window").isEqualTo(Duration.ofDays(7));

        HttpResponse<String> appealed = post("agent1", evaluation + "/appeal", "{\"reason\":\"The customer thanked me for solving it\"}");
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(200);
        assertThat(json(appealed).get("summary").get("state").asText()).isEqualTo("APPEALED");

        assertThat(assertProblem(post("sup.billing", evaluation + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Still\"}"), 403)
                .get("detail").asText()).isEqualTo("The reviewer of an appeal may not be the reviewer of the dispute");
        assertThat(assertProblem(post("qa", evaluation + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Mine\"}"), 403)
                .get("detail").asText()).isEqualTo("The reviewer of an appeal may not be its evaluator");
        HttpResponse<String> settled = post("qa.lead", evaluation + "/resolve", "{\"outcome\":\"RE_SCORED\",\"note\":\"Resolved on the call\","
                + BillingScorecard.answers("resolved").substring(1));
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        JsonNode closed = json(settled);
        assertThat(closed.get("summary").get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("summary").has("dueAt")).as("nobody is waited for").isFalse();
        assertThat(closed.get("disputes")).extracting(d -> d.get("tier").asText() + " " + d.get("reviewer").asText() + " "
                + d.get("outcome").asText()).containsExactly("DISPUTE sup.billing UPHELD", "APPEAL qa.lead RE_SCORED");
        assertThat(closed.get("revisions").get(1).get("total").decimalValue()).isEqualByComparingTo("100.00");
        assertProblem(post("agent1", evaluation + "/appeal", "{\"reason\":\"Again\"}"), 409);
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'evaluation.completed' AND aggregate_id = ?"
                + " AND payload LIKE '%\"revision\":2%'", closed.get("summary").get("callId").asText())).isEqualTo(1);

        assertThat(BillingScorecard.auditTrail(closed.get("summary").get("id").asLong())).containsSubsequence("EVALUATION_DISPUTE agent1 SUCCESS",
                "EVALUATION_RESOLVE sup.billing SUCCESS", "EVALUATION_APPEAL agent1 SUCCESS", "EVALUATION_RESOLVE sup.billing DENIED",
                "EVALUATION_RESOLVE qa DENIED", "EVALUATION_RESOLVE qa.lead SUCCESS");
    }

    @Test
    void noAppealWhereThePolicyAllowedNoneWhenTheAgentDisputedNorAfterTheWindow() throws Exception {
        long billing = queue("Billing");
        String disputedWhileAllowed = "evaluations/" + BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent2"));
        assertThat(post("agent2", disputedWhileAllowed + "/dispute", "{\"reason\":\"Unfair\"}").statusCode()).isEqualTo(200);
        String disputedWithout = "evaluations/" + BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent3"));
        try {
            assertThat(put("admin", "evaluation-policies/" + billing, policy(WEEK, WEEK, "120", WEEK, false)).statusCode()).isEqualTo(200);
            JsonNode withoutAppeal = json(post("agent3", disputedWithout + "/dispute", "{\"reason\":\"Unfair\"}"));
            assertThat(withoutAppeal.get("summary").get("appealAllowed").asBoolean()).isFalse();

            // disputed while appeals were allowed: the policy since does not take the appeal away
            JsonNode resolved = json(post("sup.billing", disputedWhileAllowed + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Stands\"}"));
            assertThat(resolved.get("summary").get("state").asText()).isEqualTo("RESOLVED");
        } finally {
            assertThat(delete("admin", "evaluation-policies/" + billing).statusCode()).isEqualTo(200);
        }
        // disputed where appeals were not allowed: the resolution is final, though the policy allows them again
        JsonNode closed = json(post("sup.billing", disputedWithout + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Stands\"}"));
        assertThat(closed.get("summary").get("state").asText()).isEqualTo("CLOSED");
        assertThat(assertProblem(post("agent3", disputedWithout + "/appeal", "{\"reason\":\"Let me appeal\"}"), 409).get("detail").asText())
                .isEqualTo("An evaluation in CLOSED cannot be appealed");

        // the appeal window passes: the appeal is refused, and the resolution closes by default
        long id = Long.parseLong(disputedWhileAllowed.substring("evaluations/".length()));
        Instant closedAt = movedBack(id, Duration.ofDays(8));
        assertThat(assertProblem(post("agent2", disputedWhileAllowed + "/appeal", "{\"reason\":\"Too late?\"}"), 409).get("detail").asText())
                .isEqualTo("The appeal window closed at " + closedAt);
        As.system(() -> evaluations.lapseDue(Instant.now()));
        JsonNode lapsed = json(get("agent2", disputedWhileAllowed)).get("summary");
        assertThat(lapsed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(instant(lapsed, "closedAt")).isEqualTo(closedAt);
        assertThat(BillingScorecard.auditTrail(id)).endsWith("EVALUATION_RESOLVE sup.billing SUCCESS", "EVALUATION_LAPSE evaluation-timer SUCCESS");
    }

    @Test
    void theAgentsWindowLapsesByTheSystemAtTheEndItsStepFixed() throws Exception {
        long billing = queue("Billing");
        long id;
        try {
            assertThat(put("sup.billing", "evaluation-policies/" + billing, policy(WEEK, "1", "120", WEEK, true)).statusCode()).isEqualTo(200);
            id = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        } finally {
            assertThat(delete("sup.billing", "evaluation-policies/" + billing).statusCode()).isEqualTo(200);
        }
        String evaluation = "evaluations/" + id;
        JsonNode submitted = json(get("agent1", evaluation)).get("summary");
        assertThat(Duration.between(instant(submitted, "submittedAt"), instant(submitted, "dueAt")))
                .as("the hour fixed at the submission, though Billing follows the week of the default again").isEqualTo(Duration.ofHours(1));

        As.system(() -> evaluations.lapseDue(Instant.now()));
        assertThat(json(get("agent1", evaluation)).get("summary").get("state").asText()).as("within its hour").isEqualTo("SUBMITTED");

        Instant closedAt = movedBack(id, Duration.ofHours(2));
        assertThat(assertProblem(post("agent1", evaluation + "/dispute", "{\"reason\":\"Late\"}"), 409).get("detail").asText())
                .isEqualTo("The dispute window closed at " + closedAt);
        As.system(() -> evaluations.lapseDue(Instant.now()));

        JsonNode lapsed = json(get("agent1", evaluation)).get("summary");
        assertThat(lapsed.get("state").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(instant(lapsed, "acknowledgedAt")).as("acknowledged when the window closed").isEqualTo(closedAt);
        JsonNode entry = json(get("admin", "audit?action=evaluation.EVALUATION_LAPSE&targetType=Evaluation&targetId=" + id)).get("items").get(0);
        assertThat(entry.get("actor").asText()).isEqualTo("evaluation-timer");
        assertThat(entry.get("detail").asText()).isEqualTo("Acknowledged by default: neither acknowledged nor disputed by " + closedAt);
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'evaluation.completed' AND aggregate_id = ?"
                + " AND payload LIKE '%\"state\":\"ACKNOWLEDGED\"%'", lapsed.get("callId").asText())).isEqualTo(1);
        As.system(() -> evaluations.lapseDue(Instant.now()));
        assertThat(BillingScorecard.auditTrail(id)).filteredOn(e -> e.startsWith("EVALUATION_LAPSE")).as("lapsed once")
                .containsExactly("EVALUATION_LAPSE evaluation-timer SUCCESS");
    }

    /**
     * Moves the evaluation's steps and the end of its current window back by {@code by}, as if that much
     * time had passed since; the window's end as it is now.
     */
    private static Instant movedBack(long id, Duration by) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement back = db.prepareStatement("UPDATE evaluation SET submitted_at = submitted_at - ?::interval,"
                     + " disputed_at = disputed_at - ?::interval, resolved_at = resolved_at - ?::interval, due_at = due_at - ?::interval"
                     + " WHERE id = ? RETURNING due_at")) {
            for (int i = 1; i <= 4; i++) {
                back.setString(i, by.toSeconds() + " seconds");
            }
            back.setLong(5, id);
            var row = back.executeQuery();
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static String policy(String submit, String acknowledge, String resolve, String appeal, boolean appeals) {
        return "{\"submitWithinHours\":" + submit + ",\"acknowledgeWithinHours\":" + acknowledge + ",\"resolveWithinHours\":" + resolve
                + ",\"appealWithinHours\":" + appeal + ",\"appealsAllowed\":" + appeals + "}";
    }

    private static long queue(String name) throws Exception {
        return Database.count("SELECT id FROM call_queue WHERE name = ?", name);
    }

    private static JsonNode find(JsonNode policies, String queue) {
        for (JsonNode policy : policies) {
            if (queue.equals(policy.path("queueName").asText())) {
                return policy;
            }
        }
        throw new AssertionError("no policy listed for queue " + queue);
    }

    private static Instant instant(JsonNode summary, String field) {
        return Instant.parse(summary.get(field).asText());
    }
}
