package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calibration through the REST API: sup.billing leads sessions on a recorded Billing call of agent1; qa
 * is the reference; three QA evaluators made for the test (a, b, c) score blind. Worked by hand, the form
 * being greeting (yes/no, weight 1), verified (yes/no, N/A allowed, weight 1) and empathy (scale 1–5,
 * weight 2), one section:
 *
 * <pre>
 *   sheet       greeting verified empathy  score                       vs reference
 *   reference   YES      YES      4        (1 + 1 + 2·0.75) / 4 = 87.5
 *   a           YES      YES      4        87.5                         0, 0 of 3 differ   in line
 *   b           YES      N/A      5        (1 + 2·1) / 3 = 100        +12.5, 2 of 3 differ lenient
 *   c           NO       YES      2        (0 + 1 + 2·0.25) / 4 = 37.5 −50, 2 of 3 differ strict
 * </pre>
 *
 * Scores 87.5, 100, 37.5: mean 75, population variance (156.25 + 625 + 1406.25) / 3 = 729.17, standard
 * deviation 27.00. Per question (3 answers): greeting YES 2 NO 1, agreement 2/3 (with the reference 2/3);
 * verified YES 2 N/A 1, 2/3 (2/3); empathy 4, 5, 2 once each, 1/3 (1/3), all three most common.
 * Fleiss' kappa: P_greeting = P_verified = 2·1 / (3·2) = 1/3, P_empathy = 0, P̄ = 2/9; of 9 ratings YES 4,
 * NO, N/A, "4", "5", "2" one each: P_e = (16 + 5) / 81 = 7/27; κ = (2/9 − 7/27) / (1 − 7/27) = −1/20.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationIT {

    static final String FORM = """
            {"name":"%s","sections":[{"key":"call","title":"Call","weight":1,"questions":[
              {"key":"greeting","type":"YES_NO","text":"Greeted the caller?"},
              {"key":"verified","type":"YES_NO","text":"Verified the caller?","naAllowed":true},
              {"key":"empathy","type":"SCALE","text":"Empathy","weight":2,"scale":{"min":1,"max":5}}]}]}""";

    private final String suffix = Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aSessionIsScoredBlindAndItsReportIsTheHandComputedOne() throws Exception {
        long scorecard = BillingScorecard.publish(FORM, "Calibrated call");
        UUID recording = RecordedCallRows.billingCall("agent1");
        Map<String, Long> evaluators = qaEvaluators();
        String a = "cal.a." + suffix;
        String b = "cal.b." + suffix;
        String c = "cal.c." + suffix;

        assertThat(json(get("sup.billing", "calibrations/candidates?recordingId=" + recording))).extracting(u -> u.get("username").asText())
                .contains("qa", a, b, c, "sup.billing").doesNotContain("agent1", "sup.support");
        JsonNode invalid = assertProblem(post("sup.billing", "calibrations", session(recording, scorecard, userId("qa"),
                List.of(evaluators.get(a), userId("agent1"), userId("sup.support")), "")), 400);
        assertThat(invalid.get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
                .anySatisfy(e -> assertThat(e).startsWith("evaluatorIds: agent1 is the call's agent"))
                .anySatisfy(e -> assertThat(e).startsWith("evaluatorIds: sup.support may not evaluate this call"));
        assertProblem(post("sup.support", "calibrations", session(recording, scorecard, userId("qa"),
                List.of(evaluators.get(a), evaluators.get(b)), "")), 403);

        HttpResponse<String> created = post("sup.billing", "calibrations", session(recording, scorecard, userId("qa"),
                List.of(evaluators.get(a), evaluators.get(b), evaluators.get(c)), ",\"dueAt\":\"2099-01-01T00:00:00Z\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        String calibration = "calibrations/" + id;
        assertThat(json(created).get("state").asText()).isEqualTo("OPEN");
        assertThat(json(created).get("participants")).hasSize(4);

        JsonNode wrongType = assertProblem(put(a, calibration + "/sheet", answers("maybe", "YES", "4")), 400);
        assertThat(wrongType.get("errors").get(0).get("field").asText()).isEqualTo("answers/greeting");
        HttpResponse<String> saved = put(a, calibration + "/sheet", answers("YES", "YES", "4").replace("}]}", "}],\"total\":3}"));
        assertThat(json(saved).get("score").get("total").decimalValue()).as("scored by the server").isEqualByComparingTo("87.50");
        assertThat(json(post(a, calibration + "/sheet/submit", "")).get("submittedAt").isNull()).isFalse();
        assertProblem(put(a, calibration + "/sheet", answers("NO", "YES", "4")), 409);
        score(b, calibration, "YES", null, "5");

        // blind: while open, a participant sees their own sheet and who submitted, never the others' answers nor the report
        assertProblem(get(a, calibration + "/report"), 403);
        assertProblem(get("qa", calibration + "/report"), 403);
        assertThat(get(a, calibration).body()).doesNotContain("\"answers\"").doesNotContain("\"total\"");
        assertThat(json(get(c, calibration + "/sheet")).get("answers")).isEmpty();
        assertProblem(get("sup.support", calibration), 404);
        assertProblem(get("agent1", calibration), 404);
        assertThat(json(get("sup.billing", calibration + "/report")).get("report").get("partial").asBoolean())
                .as("the lead follows the session while it is open").isTrue();

        score(c, calibration, "NO", "YES", "2");
        score("qa", calibration, "YES", "YES", "4");
        JsonNode result = json(get(a, calibration + "/report"));
        assertThat(result.get("session").get("state").asText()).as("the last sheet in closed it").isEqualTo("CLOSED");
        JsonNode report = result.get("report");
        assertThat(report.get("partial").asBoolean()).isFalse();
        assertThat(report.get("submitted").asInt()).isEqualTo(3);
        assertThat(report.get("referenceScore").asDouble()).isEqualTo(87.5);
        assertThat(report.get("meanScore").asDouble()).isEqualTo(75.0);
        assertThat(report.get("scoreVariance").asDouble()).isCloseTo(2187.5 / 3, within(1e-9));
        assertThat(report.get("scoreStandardDeviation").asDouble()).isCloseTo(Math.sqrt(2187.5 / 3), within(1e-9));
        assertThat(report.get("kappa").get("observed").asDouble()).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(report.get("kappa").get("expected").asDouble()).isCloseTo(7.0 / 27, within(1e-9));
        assertThat(report.get("kappa").get("kappa").asDouble()).isCloseTo(-0.05, within(1e-9));
        JsonNode greeting = report.get("questions").get(0);
        assertThat(greeting.get("questionKey").asText()).isEqualTo("greeting");
        assertThat(greeting.get("spread").toString()).isEqualTo("{\"NO\":1,\"YES\":2}");
        assertThat(greeting.get("agreement").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.get("questions").get(1).get("spread").toString()).isEqualTo("{\"N/A\":1,\"YES\":2}");
        JsonNode empathy = report.get("questions").get(2);
        assertThat(empathy.get("mostCommon")).hasSize(3);
        assertThat(empathy.get("agreement").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(empathy.get("referenceAgreement").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(deviations(report)).containsExactly(Map.entry(evaluators.get(a), "0.0 0/3"),
                Map.entry(evaluators.get(b), "12.5 2/3"), Map.entry(evaluators.get(c), "-50.0 2/3"));
        assertThat(leanings(result)).containsExactly(Map.entry("qa", "null"), Map.entry(a, "IN_LINE"), Map.entry(b, "LENIENT"),
                Map.entry(c, "STRICT"));

        // partial: sup.billing closes a second session on the same call before c submits
        long second = json(post("sup.billing", "calibrations", session(recording, scorecard, userId("qa"),
                List.of(evaluators.get(a), evaluators.get(b), evaluators.get(c)), ""))).get("id").asLong();
        score("qa", "calibrations/" + second, "YES", "YES", "4");
        score(a, "calibrations/" + second, "YES", "YES", "4");
        score(b, "calibrations/" + second, "YES", null, "5");
        assertProblem(post(a, "calibrations/" + second + "/close", ""), 403);
        assertThat(json(post("sup.billing", "calibrations/" + second + "/close", "")).get("state").asText()).isEqualTo("CLOSED");
        assertProblem(post("sup.billing", "calibrations/" + second + "/close", ""), 409);
        assertProblem(put(c, "calibrations/" + second + "/sheet", answers("NO", "YES", "2")), 409);
        JsonNode partial = json(get(c, "calibrations/" + second + "/report")).get("report");
        assertThat(partial.get("partial").asBoolean()).isTrue();
        assertThat(partial.get("notSubmitted")).extracting(JsonNode::asLong).containsExactly(evaluators.get(c));
        assertThat(partial.get("submitted").asInt()).isEqualTo(2);
        assertThat(json(get("sup.billing", "calibrations?state=CLOSED&size=500")).get("items"))
                .extracting(s -> s.get("id").asLong()).contains(id, second);

        // a third session on the call closes itself at its due date, flagged partial, for everyone who took part
        String dueSoon = Instant.now().plusSeconds(3).toString();
        long third = json(post("sup.billing", "calibrations", session(recording, scorecard, userId("qa"),
                List.of(evaluators.get(a), evaluators.get(b)), ",\"dueAt\":\"" + dueSoon + "\""))).get("id").asLong();
        score("qa", "calibrations/" + third, "YES", "YES", "4");
        JsonNode closedByItsDueDate = Eventually.answer(() -> json(get(a, "calibrations/" + third)),
                s -> s.get("state").asText().equals("CLOSED"), Duration.ofSeconds(40));
        assertThat(closedByItsDueDate.get("closedBy").asText()).isEqualTo("the due date");
        assertThat(Instant.parse(closedByItsDueDate.get("closedAt").asText())).isAfter(Instant.parse(dueSoon));
        JsonNode lapsed = json(get(a, "calibrations/" + third + "/report")).get("report");
        assertThat(lapsed.get("partial").asBoolean()).isTrue();
        assertThat(lapsed.get("notSubmitted")).extracting(JsonNode::asLong).containsExactly(evaluators.get(a), evaluators.get(b));
        assertThat(BillingScorecard.auditTrail("CalibrationSession", third)).endsWith("CALIBRATION_CLOSE the due date SUCCESS");

        // drift across both sessions: a and b in both (the partial one counts for who submitted), c in the first only
        Map<String, JsonNode> trends = new HashMap<>();
        json(get("sup.billing", "calibrations/trends")).forEach(t -> trends.put(t.get("evaluator").asText(), t.get("trend")));
        assertThat(trends.get(a).get("deviations")).hasSize(2);
        assertThat(trends.get(b).get("bias").asDouble()).isEqualTo(12.5);
        assertThat(trends.get(b).get("leaning").asText()).isEqualTo("LENIENT");
        assertThat(trends.get(b).get("driftPer30Days").asDouble()).as("the same deviation twice: no drift").isZero();
        assertThat(trends.get(c).get("leaning").asText()).isEqualTo("STRICT");
        assertThat(trends.get(c).path("driftPer30Days").isNumber()).as("one session: no drift").isFalse();

        // calibration never counts for the agent: no evaluation of the call, in any list, nor a completed one published
        String callId = json(created).get("callId").asText();
        assertThat(json(get("sup.billing", "evaluations?call=" + callId)).get("total").asInt()).isZero();
        assertThat(json(get("agent1", "evaluations?call=" + callId)).get("total").asInt()).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM evaluation WHERE call_id = ?", callId)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE 'evaluation.%'", callId))
                .isZero();

        assertThat(BillingScorecard.auditTrail("CalibrationSession", id)).startsWith("CALIBRATION_CREATE sup.billing SUCCESS", "CALIBRATION_ANSWERS_SAVE " + a + " SUCCESS",
                "CALIBRATION_SUBMIT " + a + " SUCCESS").contains("CALIBRATION_REPORT_VIEW " + a + " DENIED",
                "CALIBRATION_VIEW sup.support DENIED").endsWith("CALIBRATION_SUBMIT qa SUCCESS");
        assertThat(BillingScorecard.auditTrail("CalibrationSession", second)).contains("CALIBRATION_CLOSE " + a + " DENIED", "CALIBRATION_CLOSE sup.billing SUCCESS");
        assertThat(json(get("admin", "audit?actor=sup.support&action=access.ACCESS_DENIED&targetId=LEAD_CALIBRATION")).get("total").asInt())
                .isPositive();
    }

    /** Three QA evaluators over the Riverside site, made for this test, by username. */
    private Map<String, Long> qaEvaluators() throws Exception {
        long riverside = json(get("admin", "sites?name=Riverside")).get("items").get(0).get("id").asLong();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String letter : List.of("a", "b", "c")) {
            String username = "cal." + letter + "." + suffix;
            HttpResponse<String> user = post("admin", "users", "{\"username\":\"" + username + "\",\"displayName\":\"Calibrating "
                    + letter + "\",\"password\":\"" + As.DEMO_PASSWORD + "\"}");
            assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
            long id = json(user).get("id").asLong();
            HttpResponse<String> grant = post("admin", "grants", "{\"userId\":" + id + ",\"role\":\"QA_EVALUATOR\",\"siteIds\":["
                    + riverside + "],\"modes\":[\"LISTEN\"]}");
            assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
            ids.put(username, id);
        }
        return ids;
    }

    static String session(UUID recording, long scorecard, long reference, List<Long> evaluators, String more) {
        return "{\"title\":\"Week 49\",\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + ",\"referenceId\":" + reference
                + ",\"evaluatorIds\":" + evaluators + more + "}";
    }

    /** Saves and submits a sheet; a null verified is N/A. */
    static void score(String user, String calibration, String greeting, String verified, String empathy) throws Exception {
        HttpResponse<String> saved = put(user, calibration + "/sheet", answers(greeting, verified, empathy));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> submitted = post(user, calibration + "/sheet/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static String answers(String greeting, String verified, String empathy) {
        return "{\"answers\":[{\"question\":\"greeting\",\"value\":\"" + greeting + "\"},"
                + (verified == null ? "{\"question\":\"verified\",\"notApplicable\":true}" : "{\"question\":\"verified\",\"value\":\"" + verified + "\"}")
                + ",{\"question\":\"empathy\",\"value\":" + empathy + "}]}";
    }

    static long userId(String username) throws Exception {
        return Database.count("SELECT id FROM app_user WHERE username = ?", username);
    }

    /** Per evaluator id: the score difference and the share of questions answered otherwise than the reference. */
    private static Map<Long, String> deviations(JsonNode report) {
        Map<Long, String> deviations = new LinkedHashMap<>();
        report.get("deviations").forEach(d -> deviations.put(d.get("evaluatorId").asLong(), d.get("scoreDifference").asDouble() + " "
                + d.get("questionsDiffering").asInt() + "/" + d.get("questionsCompared").asInt()));
        return deviations;
    }

    private static Map<String, String> leanings(JsonNode result) {
        Map<String, String> leanings = new LinkedHashMap<>();
        result.get("sheets").forEach(s -> leanings.put(s.get("username").asText(), s.path("leaning").isMissingNode()
                ? "null" : s.get("leaning").asText()));
        return leanings;
    }
}
