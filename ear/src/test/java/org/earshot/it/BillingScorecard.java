package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A scorecard of the evaluation tests' own, published by {@code qa} through the REST API and assigned to
 * the Billing queue (or team), and the audit trail of an evaluation made with it.
 */
final class BillingScorecard {

    /**
     * Opening: greeting, verification that fails the whole form on NO, and an apology asked (N/A allowed)
     * only when the greeting was late. Resolution (weight 3): the outcome.
     */
    private static final String FORM = """
            {"name":"%s","sections":[
              {"key":"opening","title":"Opening","weight":1,"questions":[
                {"key":"greeting","type":"YES_NO","text":"Greeted without a long silence?","preAnswer":
                  {"signal":"silenceLongestMs","comparison":"LESS_THAN","threshold":30000,"whenTrue":"YES"}},
                {"key":"verified","type":"YES_NO","text":"Verified the caller?","critical":"FORM","failingAnswer":"NO"},
                {"key":"apology","type":"YES_NO","text":"Apologised for the wait?","help":"Asked only when the greeting was late",
                  "naAllowed":true,"shownWhen":{"question":"greeting","equals":"NO"}}]},
              {"key":"resolution","title":"Resolution","weight":3,"questions":[
                {"key":"outcome","type":"CHOICE","text":"Resolved?","choices":[
                  {"value":"resolved","label":"Resolved","points":10},{"value":"partly","label":"Partly","points":5},
                  {"value":"unresolved","label":"Not resolved","points":0}]}]}]}""";

    private BillingScorecard() {
    }

    /** A scorecard of our own, published and assigned to the Billing queue. */
    static long publish() throws Exception {
        return publish(FORM, "Evaluated call");
    }

    /** The form as a file to import on the designer's page, under this name. */
    static Path formFile(String name) throws IOException {
        Path file = Files.createTempFile("scorecard-", ".json");
        // the export's format marker first, as a file the designer exported would have it
        return Files.writeString(file, "{\"format\":\"earshot.scorecard.v1\"," + FORM.formatted(name).substring(1));
    }

    /** A scorecard with this form (a JSON template whose {@code %s} is the name), published and assigned to the Billing queue. */
    static long publish(String form, String namePrefix) throws Exception {
        long billing = Database.count("SELECT id FROM call_queue WHERE name = ?", "Billing");
        return publish(form, namePrefix, "{\"queueIds\":[" + billing + "]}");
    }

    /**
     * A scorecard of our own, published and assigned to the Billing team: it fits the direct calls of its
     * agents, which no other form does. {@link #retire} it when done, so that it fits no other test's call.
     */
    static long publishForBillingTeam(String namePrefix) throws Exception {
        long billing = Database.count("SELECT id FROM team WHERE name = ?", "Billing");
        return publish(FORM, namePrefix, "{\"teamIds\":[" + billing + "]}");
    }

    static void retire(long scorecard) throws Exception {
        assertThat(post("qa", "forms/" + scorecard + "/versions/1/retire", "").statusCode()).isEqualTo(200);
    }

    private static long publish(String form, String namePrefix, String assignment) throws Exception {
        String name = namePrefix + " " + UUID.randomUUID();
        long id = json(post("qa", "forms", "{\"name\":\"" + name + "\"}")).get("id").asLong();
        assertThat(put("qa", "forms/" + id + "/versions/1", form.formatted(name)).statusCode()).isEqualTo(200);
        assertThat(post("qa", "forms/" + id + "/versions/1/publish", "").statusCode()).isEqualTo(200);
        assertThat(put("qa", "forms/" + id + "/assignments", assignment).statusCode()).isEqualTo(200);
        return id;
    }

    /** qa's evaluation of the recorded call on a Billing form of its own, answered and submitted; its id. */
    static long submittedOn(UUID recording) throws Exception {
        return submittedOn(recording, "partly");
    }

    /** As {@link #submittedOn(UUID)}, with the outcome answered as given (resolved, partly, unresolved). */
    static long submittedOn(UUID recording, String outcome) throws Exception {
        long scorecard = publish();
        HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).get("summary").get("id").asLong();
        assertThat(put("qa", "evaluations/" + id + "/answers", answers(outcome)).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = post("qa", "evaluations/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** Answers to the form: the greeting and verification YES, and the outcome given. */
    static String answers(String outcome) {
        return "{\"answers\":[{\"question\":\"greeting\",\"value\":\"YES\"},{\"question\":\"verified\",\"value\":\"YES\"},"
                + "{\"question\":\"outcome\",\"value\":\"" + outcome + "\"}]}";
    }

    /** The evaluation's audit entries, oldest first: action, actor, outcome. */
    static List<String> auditTrail(long id) throws Exception {
        return auditTrail("Evaluation", id);
    }

    /** The audit entries of the quality object (an Evaluation, a CalibrationSession), oldest first: action, actor, outcome. */
    static List<String> auditTrail(String targetType, long id) throws Exception {
        List<String> entries = new ArrayList<>();
        json(get("admin", "audit?targetType=" + targetType + "&targetId=" + id + "&size=100")).get("items").forEach(e -> entries.add(0,
                e.get("action").asText().replace("evaluation.", "") + " " + e.get("actor").asText() + " " + e.get("outcome").asText()));
        return entries;
    }
}
