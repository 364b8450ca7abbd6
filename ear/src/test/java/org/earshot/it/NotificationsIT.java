package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.notificationsAbout;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-app notifications through the REST API, as the evaluation workflow sends them: qa submits an
 * evaluation of agent1's Billing call and agent1 is told; agent1 disputes and qa (its evaluator) and
 * the reviewers the workflow would admit (sup.billing and qa.lead, who have the call in scope) are told,
 * not sup.support nor the trainer; sup.billing resolves and agent1 is told. Each user sees and marks
 * only their own: another's is "not found" (audited).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theEvaluationWorkflowTellsThoseItConcerns() throws Exception {
        long id = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        String page = "/app/quality/evaluation.xhtml?id=" + id;

        assertThat(notificationsAbout(page, "agent1")).containsExactly("evaluation.SUBMITTED An evaluation of your call is ready to acknowledge");

        HttpResponse<String> disputed = post("agent1", "evaluations/" + id + "/dispute", "{\"reason\":\"It was resolved\"}");
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
        assertThat(notificationsAbout(page, "qa")).containsExactly("evaluation.DISPUTED agent1 disputed your evaluation of their call");
        assertThat(notificationsAbout(page, "sup.billing")).containsExactly("evaluation.DISPUTED agent1 disputed an evaluation: it waits for a reviewer");
        assertThat(notificationsAbout(page, "qa.lead")).containsExactly("evaluation.DISPUTED agent1 disputed an evaluation: it waits for a reviewer");
        assertThat(notificationsAbout(page, "sup.support")).as("the call is not in their scope").isEmpty();
        assertThat(notificationsAbout(page, "trainer")).as("trainers do not review evaluations").isEmpty();

        HttpResponse<String> resolved = post("sup.billing", "evaluations/" + id + "/resolve", "{\"outcome\":\"UPHELD\",\"note\":\"Stands\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(notificationsAbout(page, "agent1")).as("newest first").containsExactly(
                "evaluation.RESOLVED Your dispute was resolved: the evaluation stands",
                "evaluation.SUBMITTED An evaluation of your call is ready to acknowledge");
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwn() throws Exception {
        long id = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        JsonNode agent1s = newestAbout("/app/quality/evaluation.xhtml?id=" + id, "agent1");
        long notification = agent1s.get("id").asLong();
        assertThat(agent1s.hasNonNull("readAt")).as("unread").isFalse();

        assertThat(json(get("agent2", "notifications?size=500")).get("items"))
                .noneSatisfy(n -> assertThat(n.get("id").asLong()).isEqualTo(notification));
        assertProblem(post("agent2", "notifications/" + notification + "/read", ""), 404);
        assertProblem(post("agent1", "notifications/999999999/read", ""), 404);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'notification.NOTIFICATION_READ' AND actor = 'agent2'"
                + " AND outcome = 'DENIED' AND target_id = ?", String.valueOf(notification))).as("the attempt audited").isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE id = ? AND read_at IS NULL", notification))
                .as("agent2 changed nothing").isEqualTo(1);

        post("agent2", "notifications/read", "");
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE id = ? AND read_at IS NULL", notification))
                .as("agent2's mark-all leaves agent1's alone").isEqualTo(1);

        HttpResponse<String> read = post("agent1", "notifications/" + notification + "/read", "");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json(read).hasNonNull("readAt")).isTrue();

        long second = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        assertThat(newestAbout("/app/quality/evaluation.xhtml?id=" + second, "agent1").hasNonNull("readAt")).isFalse();
        HttpResponse<String> all = post("agent1", "notifications/read", "");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(json(all).get("marked").asInt()).isPositive();
        assertThat(json(post("agent1", "notifications/read", "")).get("marked").asInt()).as("none left unread").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_user_id"
                + " WHERE u.username = 'agent1' AND n.read_at IS NULL")).isZero();
    }

    @Test
    void aPageOfTheListIsAskedForWithFirstAndSize() throws Exception {
        BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
        JsonNode page = json(get("agent1", "notifications?first=1&size=1"));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(assertProblem(get("agent1", "notifications?size=0"), 400).path("errors").path(0).path("field").asText()).isEqualTo("size");
    }

    private static JsonNode newestAbout(String page, String user) throws Exception {
        for (JsonNode n : json(get(user, "notifications?size=500")).get("items")) {
            if (n.get("link").asText().equals(page)) {
                return n;
            }
        }
        throw new AssertionError(user + " has no notification about " + page);
    }
}
