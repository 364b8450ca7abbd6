package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An evaluation of a recorded Billing call through the REST API, as the demo users make it: the QA
 * evaluator drafts (the greeting proposed by the recording's speech signals), answers (scored by the
 * server, a client's score ignored), comments at a moment of the recording and submits; agent1
 * disputes a question; the Billing supervisor, who is not the evaluator, re-scores it (a new
 * revision, the old kept); agent1 accepts the resolution and it closes.
 * Refused on the way, with nothing saved: acknowledging a draft (409), an answer of the wrong type
 * (400 on the field), the evaluator resolving their own evaluation (403, audited), another agent
 * reading it and an out-of-scope supervisor (404 and 403, audited). The audit trail tells the story, and
 * {@code evaluation.completed} is published with the final revision.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aRecordedCallIsEvaluatedDisputedReScoredAndClosed() throws Exception {
        long scorecard = BillingScorecard.publish();
        UUID recording = RecordedCallRows.billingCall("agent1");

        HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).get("summary").get("id").asLong();
        assertThat(json(started).get("summary").get("state").asText()).isEqualTo("DRAFT");
        assertThat(json(started).get("summary").get("agent").asText()).isEqualTo("agent1");
        assertThat(json(started).get("answers").get("greeting").get("value").asText()).as("proposed by the speech signals").isEqualTo("YES");
        String evaluation = "evaluations/" + id;
        HttpResponse<String> again = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
        assertThat(again.statusCode()).as("qa's draft of the recording, not a second one").isEqualTo(200);
        assertThat(json(again).get("summary").get("id").asLong()).isEqualTo(id);
        assertThat(again.headers().firstValue("Content-Location").orElseThrow()).endsWith("/evaluations/" + id);

        JsonNode wrongType = assertProblem(put("qa", evaluation + "/answers", answers("maybe", "YES", "resolved", "")), 400);
        assertThat(wrongType.path("errors").path(0).path("field").asText()).isEqualTo("answers/greeting");
        assertThat(json(get("qa", evaluation)).get("answers").size()).as("nothing saved: only the proposed answer").isEqualTo(1);

        // opening (greeting 1, verified 1) 1; resolution (partly) 0.5: (1 + 3 * 0.5) / 4; the 100 sent along is not read
        HttpResponse<String> saved = put("qa", evaluation + "/answers", answers("YES", "YES", "partly", ",\"total\":100"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("score").get("total").decimalValue()).isEqualByComparingTo("62.50");

        HttpResponse<String> comment = post("qa", evaluation + "/comments",
                "{\"text\":\"Long silence before the outcome\",\"offsetMillis\":83000,\"questionKey\":\"outcome\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);

        assertThat(assertProblem(post("qa", evaluation + "/acknowledge", ""), 409).get("detail").asText())
                .isEqualTo("An evaluation in DRAFT cannot be acknowledged");
        assertProblem(get("agent1", evaluation), 404);

        JsonNode submitted = json(post("qa", evaluation + "/submit", ""));
        assertThat(submitted.get("summary").get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("revisions").get(0).get("total").decimalValue()).isEqualByComparingTo("62.50");

        assertProblem(get("agent2", evaluation), 404);
        assertProblem(get("sup.support", evaluation), 404);
        assertProblem(post("sup.support", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}"), 403);
        assertThat(json(get("admin", "audit?actor=sup.support&action=access.ACCESS_DENIED&targetId=EVALUATE_CALL")).get("total").asInt())
                .isPositive();

        JsonNode seenByAgent = json(get("agent1", evaluation));
        assertThat(seenByAgent.get("comments").get(0).get("offsetMillis").asLong()).isEqualTo(83000);
        assertThat(json(get("agent1", "evaluations")).get("items")).anySatisfy(e -> assertThat(e.get("id").asLong()).isEqualTo(id));
        assertThat(json(get("agent2", "evaluations?call=" + seenByAgent.get("summary").get("callId").asText())).get("total").asInt())
                .isZero();

        HttpResponse<String> disputed = post("agent1", evaluation + "/dispute",
                "{\"reason\":\"The outcome was resolved\",\"questionKeys\":[\"outcome\"]}");
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
        assertThat(json(disputed).get("summary").get("state").asText()).isEqualTo("DISPUTED");

        assertProblem(post("qa", evaluation + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Stands\"}"), 403);

        HttpResponse<String> reScored = post("sup.billing", evaluation + "/resolve", "{\"outcome\":\"RE_SCORED\",\"note\":\"It was resolved\","
                + answers("YES", "YES", "resolved", "").substring(1));
        assertThat(reScored.statusCode()).as(reScored.body()).isEqualTo(200);
        JsonNode resolved = json(reScored);
        assertThat(resolved.get("summary").get("state").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("revisions")).hasSize(2);
        assertThat(resolved.get("revisions").get(0).get("total").decimalValue()).as("the old revision kept").isEqualByComparingTo("62.50");
        assertThat(resolved.get("revisions").get(1).get("total").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(resolved.get("revisions").get(1).get("author").asText()).isEqualTo("sup.billing");
        assertThat(resolved.get("disputes").get(0).get("outcome").asText()).isEqualTo("RE_SCORED");

        JsonNode closed = json(post("agent1", evaluation + "/acknowledge", ""));
        assertThat(closed.get("summary").get("state").asText()).isEqualTo("CLOSED");
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'evaluation.completed' AND aggregate_id = ?"
                + " AND payload LIKE '%\"revision\":2%' AND payload LIKE '%\"state\":\"CLOSED\"%'",
                closed.get("summary").get("callId").asText())).as("evaluation.completed published with the final revision").isEqualTo(1);

        assertThat(BillingScorecard.auditTrail(id)).containsExactly("EVALUATION_START qa SUCCESS", "EVALUATION_ANSWERS_SAVE qa SUCCESS",
                "EVALUATION_COMMENT_ADD qa SUCCESS", "EVALUATION_VIEW agent1 DENIED", "EVALUATION_SUBMIT qa SUCCESS", "EVALUATION_VIEW agent2 DENIED",
                "EVALUATION_VIEW sup.support DENIED", "EVALUATION_DISPUTE agent1 SUCCESS", "EVALUATION_RESOLVE qa DENIED",
                "EVALUATION_RESOLVE sup.billing SUCCESS", "EVALUATION_ACKNOWLEDGE agent1 SUCCESS");
    }

    private static String answers(String greeting, String verified, String outcome, String more) {
        return "{\"answers\":[{\"question\":\"greeting\",\"value\":\"" + greeting + "\"},{\"question\":\"verified\",\"value\":\""
                + verified + "\"},{\"question\":\"outcome\",\"value\":\"" + outcome + "\"}]" + more + "}";
    }
}
