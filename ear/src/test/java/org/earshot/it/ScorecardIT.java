package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Scorecards through the REST API as the demo users use them: the QA evaluator creates, edits,
 * publishes, revises (new draft, diff, publish, retire) and previews a form; a published version
 * refuses edits (409, and on PostgreSQL a trigger); bad forms and answers are refused field by field
 * with nothing saved; users who may not design, or whose grant does not reach the form's queue, are
 * refused and audited. Every change is in the audit trail with what changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardIT {

    /** Opening: greeting, and verification that fails the whole form on NO. Resolution (weight 3): the outcome, notes. */
    private static final String FIRST = """
            {"name":"%s","description":"Billing calls","sections":[
              {"key":"opening","title":"Opening","weight":1,"questions":[
                {"key":"greeting","type":"YES_NO","text":"Greeted?"},
                {"key":"verified","type":"YES_NO","text":"Verified the caller?","critical":"FORM","failingAnswer":"NO"}]},
              {"key":"resolution","title":"Resolution","weight":3,"questions":[
                {"key":"outcome","type":"CHOICE","text":"Resolved?","weight":2,"choices":[
                  {"value":"resolved","label":"Resolved","points":10},{"value":"partly","label":"Partly","points":5},
                  {"value":"unresolved","label":"Not resolved","points":0}]},
                {"key":"notes","type":"TEXT","text":"Notes"}]}]}""";

    /** The first, with an accuracy question (N/A allowed) added to the resolution. */
    private static final String SECOND = FIRST.replace("{\"key\":\"notes\"",
            "{\"key\":\"accuracy\",\"type\":\"YES_NO\",\"text\":\"Accurate?\",\"naAllowed\":true},{\"key\":\"notes\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void qaDesignsPublishesRevisesAndRetiresAForm() throws Exception {
        String name = "Billing call " + UUID.randomUUID();
        HttpResponse<String> created = post("qa", "forms", "{\"name\":\"" + name + "\",\"description\":\"Billing calls\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/forms/" + id));
        assertThat(json(created).get("draftVersion").asInt()).isEqualTo(1);

        HttpResponse<String> saved = put("qa", "forms/" + id + "/versions/1", FIRST.formatted(name));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("version").get("status").asText()).isEqualTo("DRAFT");
        assertThat(json(saved).get("form").get("sections").get(1).get("questions").get(0).get("key").asText()).isEqualTo("outcome");

        HttpResponse<String> published = post("qa", "forms/" + id + "/versions/1/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).get("version").get("status").asText()).isEqualTo("PUBLISHED");
        assertProblem(put("qa", "forms/" + id + "/versions/1", SECOND.formatted(name)), 409);
        assertProblem(post("qa", "forms/" + id + "/versions/1/publish", ""), 409);

        HttpResponse<String> draft = post("qa", "forms/" + id + "/versions", "{\"from\":1}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(json(draft).get("version").get("number").asInt()).isEqualTo(2);
        assertThat(json(draft).get("version").get("basedOn").asInt()).isEqualTo(1);
        assertProblem(post("qa", "forms/" + id + "/versions", "{\"from\":1}"), 409);
        assertThat(put("qa", "forms/" + id + "/versions/2", SECOND.formatted(name)).statusCode()).isEqualTo(200);

        JsonNode diff = json(get("qa", "forms/" + id + "/diff?from=1&to=2"));
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).get("kind").asText()).isEqualTo("ADDED");
        assertThat(diff.get(0).get("question").asText()).isEqualTo("accuracy");
        assertThat(diff.get(0).get("section").asText()).isEqualTo("resolution");

        assertThat(post("qa", "forms/" + id + "/versions/2/publish", "").statusCode()).isEqualTo(200);
        JsonNode versions = json(get("qa", "forms/" + id + "/versions"));
        assertThat(versions.get(0).get("status").asText()).isEqualTo("RETIRED");
        assertThat(versions.get(1).get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(versions.get(1).get("publishedBy").asText()).isEqualTo("qa");

        HttpResponse<String> export = get("qa", "forms/" + id + "/versions/2/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(json(export).get("format").asText()).isEqualTo("earshot.scorecard.v1");
        assertThat(json(export).get("sections").get(1).get("questions").get(1).get("naAllowed").asBoolean()).isTrue();

        // opening 1 (greeting, verified); resolution (partly 0.5, accuracy N/A) 0.5: (1 + 3 * 0.5) / 4
        JsonNode preview = json(post("qa", "forms/" + id + "/versions/2/preview", answers("YES", "YES", "partly", true)));
        assertThat(preview.get("score").get("total").decimalValue()).isEqualByComparingTo("62.50");
        assertThat(preview.get("score").get("autoFailed").asBoolean()).isFalse();
        JsonNode autoFailed = json(post("qa", "forms/" + id + "/versions/2/preview", answers("YES", "NO", "resolved", false)));
        assertThat(autoFailed.get("score").get("total").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(autoFailed.get("score").get("autoFails").get(0).get("question").asText()).isEqualTo("verified");
        assertThat(autoFailed.get("score").get("totalBeforeAutoFail").decimalValue()).isEqualByComparingTo("87.50");

        assertThat(post("qa", "forms/" + id + "/versions/2/retire", "").statusCode()).isEqualTo(200);
        JsonNode retired = json(get("qa", "forms/" + id));
        assertThat(retired.path("publishedVersion").isNumber()).as("no published version (null is left out)").isFalse();
        assertProblem(post("qa", "forms/" + id + "/versions/2/retire", ""), 409);

        assertThat(auditActions(id)).containsExactly("evaluation.SCORECARD_CREATE", "evaluation.SCORECARD_DRAFT_SAVE",
                "evaluation.SCORECARD_PUBLISH", "evaluation.SCORECARD_DRAFT_START", "evaluation.SCORECARD_DRAFT_SAVE",
                "evaluation.SCORECARD_PUBLISH", "evaluation.SCORECARD_RETIRE");
        assertThat(auditDetails(id)).anySatisfy(d -> assertThat(d).contains("question accuracy added"))
                .anySatisfy(d -> assertThat(d).contains("version 2 of \"" + name + "\" published; version 1 retired"));
    }

    @Test
    void theDatabaseKeepsAPublishedFormEvenFromItsSuperuser() throws Exception {
        String name = "Locked " + UUID.randomUUID();
        long id = json(post("qa", "forms/import", FIRST.formatted(name))).get("id").asLong();
        assertThat(post("qa", "forms/" + id + "/versions/1/publish", "").statusCode()).isEqualTo(200);

        try (Connection db = Database.superuser(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE scorecard_version SET definition = '{}' WHERE scorecard_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO scorecard_version (scorecard_id, number, status, definition,"
                    + " created_by, created_at, updated_by, updated_at, version) SELECT " + id + ", n, 'DRAFT', '{}', 'x', NOW(), 'x',"
                    + " NOW(), 0 FROM (VALUES (2), (3)) AS t(n)")).as("two drafts").isInstanceOf(SQLException.class);
        }
        assertThat(json(get("qa", "forms/" + id + "/versions/1")).get("form").get("name").asText()).isEqualTo(name);
    }

    @Test
    void badFormsAndAnswersAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String name = "Broken " + UUID.randomUUID();
        String broken = FIRST.formatted(name).replace("\"weight\":3", "\"weight\":0").replace("\"weight\":1,", "\"weight\":0,")
                .replace("\"failingAnswer\":\"NO\"", "\"failingAnswer\":\"YES\"");
        JsonNode refused = assertProblem(post("qa", "forms/import", broken), 400);
        assertThat(fields(refused)).containsExactly("sections/0/questions/1/failingAnswer", "sections");
        assertThat(json(get("qa", "forms?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).get("total").asInt()).isZero();

        JsonNode structural = assertProblem(post("qa", "forms/import",
                FIRST.formatted(name).replace("\"type\":\"TEXT\"", "\"type\":\"ESSAY\"")), 400);
        assertThat(fields(structural)).containsExactly("sections/1/questions/1/type");

        long id = json(post("qa", "forms/import", FIRST.formatted(name))).get("id").asLong();
        JsonNode taken = assertProblem(post("qa", "forms", "{\"name\":\"" + name.toUpperCase() + "\"}"), 409);
        assertThat(fields(taken)).containsExactly("name");

        String forward = FIRST.formatted(name).replace("{\"key\":\"greeting\",\"type\":\"YES_NO\",\"text\":\"Greeted?\"}",
                "{\"key\":\"greeting\",\"type\":\"YES_NO\",\"text\":\"Greeted?\",\"shownWhen\":{\"question\":\"outcome\",\"equals\":\"resolved\"}}");
        assertThat(fields(assertProblem(put("qa", "forms/" + id + "/versions/1", forward), 400)))
                .containsExactly("sections/0/questions/0/shownWhen/question");
        assertThat(json(get("qa", "forms/" + id + "/versions/1")).get("form").get("sections").get(0).get("questions").get(0)
                .has("shownWhen")).isFalse();

        JsonNode wrongAnswer = assertProblem(post("qa", "forms/" + id + "/versions/1/preview",
                "{\"answers\":[{\"question\":\"outcome\",\"value\":\"maybe\"},{\"question\":\"greeting\",\"notApplicable\":true}]}"), 400);
        assertThat(fields(wrongAnswer)).containsExactly("answers/greeting", "answers/outcome");

        long empty = json(post("qa", "forms", "{\"name\":\"Empty " + UUID.randomUUID() + "\"}")).get("id").asLong();
        assertThat(fields(assertProblem(post("qa", "forms/" + empty + "/versions/1/publish", ""), 400))).containsExactly("sections");
        assertThat(json(get("qa", "forms/" + empty)).get("draftVersion").asInt()).isEqualTo(1);
    }

    @Test
    void whoMayNotDesignOrDoesNotReachTheFormsQueueIsRefusedAndAudited() throws Exception {
        assertProblem(get("agent1", "forms"), 403);
        assertProblem(post("admin", "forms", "{\"name\":\"Admin's form\"}"), 403);
        assertProblem(get("manager", "forms"), 403);
        assertThat(json(get("admin", "audit?actor=agent1&action=access.ACCESS_DENIED&targetId=DESIGN_SCORECARDS")).get("total").asInt())
                .isPositive();

        String name = "Billing only " + UUID.randomUUID();
        long id = json(post("qa", "forms/import", FIRST.formatted(name))).get("id").asLong();
        long billing = queueId("Billing");
        assertProblem(put("sup.support", "forms/" + id + "/assignments", "{\"queueIds\":[" + billing + "]}"), 403);
        assertThat(json(get("admin", "audit?actor=sup.support&action=access.ACCESS_DENIED&text=queue%20Billing")).get("total").asInt())
                .isPositive();

        JsonNode assigned = json(put("qa", "forms/" + id + "/assignments", "{\"queueIds\":[" + billing + "]}"));
        assertThat(assigned.get("queues").get(0).get("name").asText()).isEqualTo("Billing");
        assertProblem(post("sup.support", "forms/" + id + "/versions/1/publish", ""), 403);
        assertThat(json(get("sup.support", "forms/" + id)).get("draftVersion").asInt()).as("still a draft").isEqualTo(1);
        assertThat(post("sup.billing", "forms/" + id + "/versions/1/publish", "").statusCode()).isEqualTo(200);
        assertThat(auditActions(id)).contains("evaluation.SCORECARD_ASSIGN");
    }

    @Test
    void theDemoFormIsPublishedAndAssignedToBothQueues() throws Exception {
        JsonNode found = json(get("qa", "forms?name=Customer%20service%20call")).get("items").get(0);

        assertThat(found.get("publishedVersion").asInt()).isEqualTo(1);
        List<String> queues = new ArrayList<>();
        found.get("queues").forEach(q -> queues.add(q.get("name").asText()));
        assertThat(queues).containsExactly("Billing", "Support");
        JsonNode form = json(get("qa", "forms/" + found.get("id").asLong() + "/versions/1")).get("form");
        assertThat(form.toString()).contains("\"critical\":\"FORM\"", "\"shownWhen\"", "\"preAnswer\"");
    }

    @Test
    void theOpenApiDocumentListsTheScorecardPaths() throws Exception {
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("it.http-port", "8380") + "/openapi?format=JSON")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/forms/import", "/api/v1/forms/{id}/versions/{number}/preview",
                "/api/v1/forms/{id}/diff", "/api/v1/forms/{id}/versions/{number}/export");
    }

    private static String answers(String greeting, String verified, String outcome, boolean accuracyNotApplicable) {
        return "{\"answers\":[{\"question\":\"greeting\",\"value\":\"" + greeting + "\"},{\"question\":\"verified\",\"value\":\"" + verified
                + "\"},{\"question\":\"outcome\",\"value\":\"" + outcome + "\"},"
                + (accuracyNotApplicable ? "{\"question\":\"accuracy\",\"notApplicable\":true}" : "{\"question\":\"accuracy\",\"value\":\"YES\"}")
                + "],\"signals\":{\"silenceLongestMs\":41000}}";
    }

    private static long queueId(String name) throws Exception {
        for (JsonNode queue : json(get("admin", "queues?name=" + name)).get("items")) {
            if (queue.get("name").asText().equals(name)) {
                return queue.get("id").asLong();
            }
        }
        throw new AssertionError("no queue " + name);
    }

    /** The scorecard's audit entries, oldest first. */
    private static List<String> auditActions(long id) throws Exception {
        List<String> actions = new ArrayList<>();
        json(get("admin", "audit?targetType=Scorecard&targetId=" + id)).get("items").forEach(e -> actions.add(0, e.get("action").asText()));
        return actions;
    }

    private static List<String> auditDetails(long id) throws Exception {
        List<String> details = new ArrayList<>();
        json(get("admin", "audit?targetType=Scorecard&targetId=" + id)).get("items").forEach(e -> details.add(e.get("detail").asText()));
        return details;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
