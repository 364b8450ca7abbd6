package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whom the list of evaluations shows an evaluation to, against whom reading it allows: a direct call to
 * agent1 (Billing team), evaluated by qa while it is under way, is listed to qa alone as a draft; once
 * submitted, to agent1 and sup.billing, not sup.support. The call is then transferred to agent4
 * (Support): the evaluation follows the call, listed to and read by sup.support and no longer listed to
 * sup.billing (who still reads it as agent1's coach), while qa, who made it, and agent1, who is evaluated, still see it.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationScopeIT {

    @EJB
    private TelephonyRecorder recorder;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void anEvaluationIsListedToWhoeverMayReadItAndFollowsItsCallToAnotherAgent() throws Exception {
        long scorecard = BillingScorecard.publishForBillingTeam("Scope");
        String callId = "scope-" + UUID.randomUUID();
        try {
            MadeUpCall.of(callId, "1001").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED);
            UUID recording = RecordedCallRows.recordingOf(callId);
            HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            long id = json(started).get("summary").get("id").asLong();
            assertThat(Database.count("SELECT COUNT(*) FROM evaluation e JOIN app_user u ON u.id = e.call_agent_user_id"
                    + " WHERE e.id = ? AND u.username = 'agent1' AND e.call_queue_id IS NULL", id))
                    .as("the call's agent and (no) queue kept on the evaluation").isEqualTo(1);
            assertSeen(callId, id, "qa");
            assertUnseen(callId, id, "agent1", "sup.billing");

            HttpResponse<String> saved = put("qa", "evaluations/" + id + "/answers", """
                    {"answers":[{"question":"greeting","value":"YES"},{"question":"verified","value":"YES"},
                    {"question":"outcome","value":"resolved"}]}""");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(post("qa", "evaluations/" + id + "/submit", "").statusCode()).isEqualTo(200);
            assertSeen(callId, id, "qa", "agent1", "sup.billing");
            assertUnseen(callId, id, "sup.support", "agent4");

            MadeUpCall.of(callId, "1004").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.TRANSFERRED, CallEvent.Type.ENDED);
            assertSeen(callId, id, "qa", "agent1", "sup.support");
            assertUnseen(callId, id, "agent4");
            assertThat(listed("sup.billing", callId)).as("no longer in sup.billing's scope to evaluate").isZero();
            assertThat(get("sup.billing", "evaluations/" + id).statusCode()).as("read still, as agent1's coach").isEqualTo(200);
        } finally {
            BillingScorecard.retire(scorecard);
        }
    }

    private static void assertSeen(String callId, long id, String... users) throws Exception {
        for (String user : users) {
            assertThat(listed(user, callId)).as("listed to " + user).isEqualTo(1);
            assertThat(get(user, "evaluations/" + id).statusCode()).as("read by " + user).isEqualTo(200);
        }
    }

    private static void assertUnseen(String callId, long id, String... users) throws Exception {
        for (String user : users) {
            assertThat(listed(user, callId)).as("listed to " + user).isZero();
            assertThat(get(user, "evaluations/" + id).statusCode()).as("read by " + user).isEqualTo(404);
        }
    }

    private static int listed(String user, String callId) throws Exception {
        return json(get(user, "evaluations?call=" + callId)).get("total").asInt();
    }
}
