package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.notificationsAbout;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coaching agent1 through the REST API, as the demo users do: qa evaluates a Billing call of agent1 and
 * the trainer starts a plan from it (its failed questions proposed as goals); those who do not coach
 * agent1 are refused (403 to start one, 404 to read it, audited), agent1 reads their own plan and may
 * not change it; the goals' progress over the evaluations qa makes afterwards equals the hand computation
 * (a question's own answer, a section's score, a pass rate, the form's auto-fail); a session is scheduled,
 * a snippet and an evaluation attached (bad marks and an unseen recording refused on their fields), held
 * with agreed actions, and acknowledged by agent1 with a comment the trainer reads; the caseload counts it all;
 * and a goal whose due date passed is settled by the minute timer from the evaluations made by then.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingIT {

    private static final String IN_TWO_WEEKS = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aTrainerCoachesAnAgentFromAnEvaluationToAnAcknowledgedSession() throws Exception {
        long scorecard = BillingScorecard.publish();
        long agent1 = Database.count("SELECT id FROM app_user WHERE username = 'agent1'");
        ActivePlans.endFor(agent1);
        // greeting NO (apology N/A), verified YES, outcome unresolved: greeting and outcome failed
        UUID firstCall = RecordedCallRows.billingCall("agent1");
        long before = submitted(firstCall, scorecard, "NO", "YES", "unresolved");

        String proposal = "{\"source\":\"EVALUATION\",\"sourceId\":" + before + "}";
        // the manager reads the evaluation (the quality dashboard drills down to it) but coaches nobody
        assertProblem(post("manager", "coaching/plans/proposed", proposal), 403);
        assertProblem(post("sup.support", "coaching/plans/proposed", proposal), 404);
        assertProblem(post("qa", "coaching/plans/proposed", proposal), 403);
        assertProblem(post("manager", "coaching/plans", "{\"agentId\":" + agent1 + "}"), 403);
        HttpResponse<String> proposed = post("trainer", "coaching/plans/proposed", proposal);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode plan = json(proposed);
        long planId = plan.get("summary").get("id").asLong();
        String planPath = "coaching/plans/" + planId;
        assertThat(proposed.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/" + planPath);
        assertThat(notificationsAbout("/app/coaching/plan.xhtml?id=" + planId, "agent1")).singleElement().asString()
                .startsWith("coaching.PLAN_STARTED ").contains("started a coaching plan for you");
        assertThat(plan.get("summary").get("source").asText()).isEqualTo("EVALUATION");
        assertThat(plan.get("summary").get("sourceId").asLong()).isEqualTo(before);
        assertThat(plan.get("goals")).extracting(g -> g.get("key").asText() + " " + g.get("status").asText() + " " + g.get("targetKind").asText())
                .containsExactly("greeting PROPOSED PASS_RATE", "outcome PROPOSED PASS_RATE");
        assertProblem(post("trainer", "coaching/plans/proposed", proposal), 409);

        assertThat(get("agent1", planPath).statusCode()).isEqualTo(200);
        assertProblem(get("agent2", planPath), 404);
        assertProblem(get("sup.support", planPath), 404);
        assertThat(json(get("agent1", "coaching/plans")).get("items")).allSatisfy(p -> assertThat(p.get("agent").asText()).isEqualTo("agent1"));
        assertThat(json(get("agent2", "coaching/plans")).get("items")).noneSatisfy(p -> assertThat(p.get("id").asLong()).isEqualTo(planId));
        assertThat(json(get("trainer", "coaching/plans?agent=" + agent1)).get("items"))
                .anySatisfy(p -> assertThat(p.get("id").asLong()).isEqualTo(planId));

        long greeting = goalId(plan, "greeting");
        HttpResponse<String> confirmed = put("trainer", planPath + "/goals/" + greeting,
                "{\"targetKind\":\"SCORE\",\"targetValue\":60,\"dueOn\":\"" + IN_TWO_WEEKS + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("status").asText()).isEqualTo("ACTIVE");
        HttpResponse<String> section = post("trainer", planPath + "/goals", "{\"scorecardId\":" + scorecard
                + ",\"subject\":\"SECTION\",\"key\":\"resolution\",\"targetKind\":\"SCORE\",\"targetValue\":70,\"dueOn\":\"" + IN_TWO_WEEKS + "\"}");
        assertThat(section.statusCode()).as(section.body()).isEqualTo(201);
        JsonNode badGoal = assertProblem(post("trainer", planPath + "/goals", "{\"scorecardId\":" + scorecard
                + ",\"subject\":\"QUESTION\",\"key\":\"nope\",\"targetKind\":\"SCORE\",\"targetValue\":120,\"dueOn\":\"2001-01-01\"}"), 400);
        assertThat(fields(badGoal)).containsExactly("key", "targetValue", "dueOn");
        assertProblem(put("agent1", planPath + "/goals/" + greeting, "{\"targetKind\":\"SCORE\",\"targetValue\":1,\"dueOn\":\"" + today() + "\"}"), 403);

        // After the plan started: greeting YES / NO / YES; outcome resolved / partly / resolved; the third fails the whole form
        long e1 = submitted(RecordedCallRows.billingCall("agent1"), scorecard, "YES", "YES", "resolved");
        submitted(RecordedCallRows.billingCall("agent1"), scorecard, "NO", "YES", "partly");
        submitted(RecordedCallRows.billingCall("agent1"), scorecard, "YES", "NO", "resolved");
        JsonNode progressed = json(get("agent1", planPath));
        // greeting on its own answer, even where verification failed the form: 100, 0, 100
        assertThat(running(progressed, "greeting")).containsExactly("100.00", "50.00", "66.67");
        // resolution: resolved 100, partly 50, resolved 100 (the form failed in the opening, not here)
        assertThat(running(progressed, "resolution")).containsExactly("100.00", "75.00", "83.33");
        // outcome's pass rate: partly is half the points, which passes
        assertThat(running(progressed, "outcome")).containsExactly("100.00", "100.00", "100.00");
        assertThat(goal(progressed, "greeting").get("progress").get("met").asBoolean()).as("66.67 >= 60").isTrue();
        HttpResponse<String> settled = post("trainer", planPath + "/goals/" + greeting + "/settle", "");
        assertThat(json(settled).get("status").asText()).as(settled.body()).isEqualTo("ACHIEVED");

        Instant soon = Instant.now().plus(1, ChronoUnit.MINUTES);
        assertThat(fields(assertProblem(post("trainer", planPath + "/sessions", "{\"scheduledAt\":\"" + soon + "\",\"durationMinutes\":2}"), 400)))
                .containsExactly("durationMinutes");
        HttpResponse<String> scheduled = post("trainer", planPath + "/sessions", "{\"scheduledAt\":\"" + soon + "\",\"durationMinutes\":30}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        long sessionId = json(scheduled).get("summary").get("id").asLong();
        String session = "coaching/sessions/" + sessionId;
        assertThat(scheduled.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/" + session);
        String sessionPage = "/app/coaching/session.xhtml?id=" + sessionId;
        assertThat(notificationsAbout(sessionPage, "agent1")).singleElement().asString().startsWith("coaching.SESSION_SCHEDULED ")
                .endsWith(" (30 min)");

        UUID recording = recordingOf(e1);
        playable(recording);
        assertThat(fields(assertProblem(post("trainer", session + "/attachments", snippet(recording, 5000, 2000)), 400))).containsExactly("endMs");
        assertThat(fields(assertProblem(post("trainer", session + "/attachments", snippet(recording, 5000, 600_000)), 400)))
                .as("the recording lasts 540 s").containsExactly("endMs");
        UUID supportCall = RecordedCallRows.call("agent4", "Support");
        playable(supportCall);
        assertThat(fields(assertProblem(post("sup.billing", session + "/attachments", snippet(supportCall, 0, 1000)), 400)))
                .as("a Support call is out of the Billing supervisor's scope").containsExactly("recordingId");
        HttpResponse<String> attached = post("trainer", session + "/attachments", snippet(recording, 5000, 15000));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(post("trainer", session + "/attachments", "{\"kind\":\"EVALUATION\",\"evaluationId\":" + e1 + "}").statusCode()).isEqualTo(201);

        assertProblem(post("agent1", session + "/acknowledge", "{}"), 409);
        assertThat(fields(assertProblem(post("trainer", session + "/complete", "{\"notes\":\"Greeting first\",\"actions\":[{\"text\":\" \",\"dueOn\":\""
                + today() + "\"}]}"), 400))).containsExactly("actions/0/text");
        HttpResponse<String> held = post("trainer", session + "/complete", "{\"notes\":\"Greeting first, then verify\",\"actions\":["
                + "{\"text\":\"Greet within 5 s\",\"dueOn\":\"" + today() + "\"},{\"text\":\"Listen to the snippet\",\"dueOn\":\"" + IN_TWO_WEEKS + "\"}]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertProblem(post("agent2", session + "/acknowledge", "{}"), 404);
        assertProblem(post("trainer", session + "/acknowledge", "{}"), 403);
        HttpResponse<String> acknowledged = post("agent1", session + "/acknowledge", "{\"comment\":\"Will do\"}");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        JsonNode seen = json(get("trainer", session));
        assertThat(seen.get("summary").get("acknowledgedAt").isNull()).isFalse();
        assertThat(notificationsAbout(sessionPage, "agent1")).as("newest first").hasSize(2).first().asString()
                .startsWith("coaching.SESSION_HELD ").endsWith("acknowledge it");
        assertThat(notificationsAbout(sessionPage, "trainer")).singleElement().asString().startsWith("coaching.SESSION_ACKNOWLEDGED ")
                .endsWith(", with a comment");
        assertThat(notificationsAbout(sessionPage, "agent2")).as("nobody else is told").isEmpty();
        assertThat(seen.get("agentComment").asText()).isEqualTo("Will do");
        assertThat(seen.get("attachments")).extracting(a -> a.get("kind").asText()).containsExactly("SNIPPET", "EVALUATION");
        assertThat(seen.get("attachments").get(0).get("startMs").asLong()).isEqualTo(5000);

        post("trainer", planPath + "/sessions", "{\"scheduledAt\":\"" + soon + "\",\"durationMinutes\":45}");
        overdue(seen.get("actions").get(0).get("id").asLong());
        JsonNode row = caseloadRow("trainer", "agent1");
        assertThat(row.get("planId").asLong()).isEqualTo(planId);
        assertThat(row.get("openGoals").asInt()).as("outcome and resolution; greeting achieved").isEqualTo(2);
        assertThat(row.get("sessionsThisWeek").asInt()).isEqualTo(1);
        assertThat(row.get("overdueActions").asInt()).isEqualTo(1);
        assertThat(json(get("agent1", "coaching/caseload")).get("total").asInt()).isZero();
        assertThat(json(get("sup.support", "coaching/caseload")).get("items")).noneSatisfy(r -> assertThat(r.get("agent").asText()).isEqualTo("agent1"));

        assertThat(BillingScorecard.auditTrail("CoachingPlan", planId)).containsExactly("coaching.PLAN_CREATE trainer SUCCESS",
                "coaching.COACHING_VIEW agent2 DENIED", "coaching.COACHING_VIEW sup.support DENIED", "coaching.GOAL_CHANGE trainer SUCCESS",
                "coaching.GOAL_ADD trainer SUCCESS", "coaching.GOAL_CHANGE agent1 DENIED", "coaching.GOAL_SETTLE trainer SUCCESS");
        assertThat(BillingScorecard.auditTrail("CoachingSession", sessionId)).containsExactly("coaching.SESSION_SCHEDULE trainer SUCCESS",
                "coaching.SESSION_ATTACH trainer SUCCESS", "coaching.SESSION_ATTACH trainer SUCCESS", "coaching.SESSION_COMPLETE trainer SUCCESS",
                "coaching.COACHING_VIEW agent2 DENIED", "coaching.SESSION_ACKNOWLEDGE trainer DENIED", "coaching.SESSION_ACKNOWLEDGE agent1 SUCCESS");

        // The resolution goal's due date passed yesterday, before any evaluation was submitted: the minute timer settles it missed
        dueYesterday(goalId(progressed, "resolution"));
        JsonNode afterDue = Eventually.answer(() -> json(get("trainer", planPath)),
                p -> "MISSED".equals(goal(p, "resolution").get("status").asText()), Duration.ofSeconds(90));
        assertThat(goal(afterDue, "outcome").get("status").asText()).as("a proposed goal waits for the trainer").isEqualTo("PROPOSED");
        assertThat(BillingScorecard.auditTrail("CoachingPlan", planId)).last().isEqualTo("coaching.GOAL_SETTLE coaching-timer SUCCESS");
    }

    private static void dueYesterday(long goal) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement update = db.prepareStatement("UPDATE coaching_goal SET due_on = CURRENT_DATE - 1 WHERE id = ?")) {
            update.setLong(1, goal);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** An evaluation of the call by qa, submitted with these answers (the apology N/A where it is asked); its id. */
    private static long submitted(UUID recording, long scorecard, String greeting, String verified, String outcome) throws Exception {
        HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).get("summary").get("id").asLong();
        String apology = "NO".equals(greeting) ? ",{\"question\":\"apology\",\"notApplicable\":true}" : "";
        HttpResponse<String> saved = put("qa", "evaluations/" + id + "/answers", "{\"answers\":[{\"question\":\"greeting\",\"value\":\""
                + greeting + "\"},{\"question\":\"verified\",\"value\":\"" + verified + "\"},{\"question\":\"outcome\",\"value\":\"" + outcome
                + "\"}" + apology + "]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> submitted = post("qa", "evaluations/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static UUID recordingOf(long evaluation) throws Exception {
        return UUID.fromString(json(get("qa", "evaluations/" + evaluation)).get("summary").get("recordingId").asText());
    }

    /** Gives the recording's row a data key, as the recorder does: attaching checks the recording can be played, never its audio. */
    private static void playable(UUID recording) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement update = db.prepareStatement("UPDATE recording SET wrapped_key = ? WHERE id = ?")) {
            update.setBytes(1, new byte[] {1, 2, 3});
            update.setObject(2, recording);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The agreed action's due date moved to yesterday, which the API refuses to set. */
    private static void overdue(long action) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement update = db.prepareStatement("UPDATE coaching_action SET due_on = CURRENT_DATE - 1 WHERE id = ?")) {
            update.setLong(1, action);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String snippet(UUID recording, long startMs, long endMs) {
        return "{\"kind\":\"SNIPPET\",\"recordingId\":\"" + recording + "\",\"startMs\":" + startMs + ",\"endMs\":" + endMs + "}";
    }


    private static JsonNode caseloadRow(String coach, String agent) throws Exception {
        for (JsonNode row : json(get(coach, "coaching/caseload?size=500")).get("items")) {
            if (row.get("agent").asText().equals(agent)) {
                return row;
            }
        }
        throw new AssertionError(agent + " is not in " + coach + "'s caseload");
    }

    private static JsonNode goal(JsonNode plan, String key) {
        for (JsonNode goal : plan.get("goals")) {
            if (goal.get("key").asText().equals(key)) {
                return goal;
            }
        }
        throw new AssertionError("no goal on " + key);
    }

    private static long goalId(JsonNode plan, String key) {
        return goal(plan, key).get("id").asLong();
    }

    private static List<String> running(JsonNode plan, String key) {
        List<String> values = new ArrayList<>();
        goal(plan, key).get("progress").get("points").forEach(p -> values.add(p.get("running").decimalValue().setScale(2).toPlainString()));
        return values;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** Today when asked: a date taken when the class loaded is yesterday for a run that crosses midnight (UTC). */
    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
