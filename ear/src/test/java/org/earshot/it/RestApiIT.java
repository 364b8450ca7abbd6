package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API from outside, as a client sees it: HTTP Basic against the users table, scoped
 * lists, problem+json failures, no secrets in the output, and the OpenAPI document.
 * The database is shared with the other integration tests, so created names are unique.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final String API = Deployments.BASE_URL + "api/v1/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void requestWithoutCredentialsIsRefusedWithProblemAndChallenge() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API + "teams")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Earshot\"");
        assertThat(response.headers().firstValue("Server-Timing")).as("no work done for an unknown client").isEmpty();
    }

    @Test
    void wrongPasswordIsRefusedAndAuditedAsFailedLogin() throws Exception {
        HttpResponse<String> response = HTTP.send(request("agent2", "not-the-password", "teams").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Earshot\"");
        JsonNode failures = json(call("compliance", "GET", "audit?actor=agent2&action=LOGIN_FAILED&outcome=FAILED&text=REST%20API", null));
        assertThat(failures.get("total").asLong()).isPositive();
    }

    @Test
    void basicLoginLeavesNoSessionThatAuthenticatesLaterRequests() throws Exception {
        HttpResponse<String> authenticated = call("sup.billing", "GET", "teams", null);
        assertThat(authenticated.statusCode()).isEqualTo(200);

        for (String cookie : authenticated.headers().allValues("Set-Cookie")) {
            HttpRequest replay = HttpRequest.newBuilder(URI.create(API + "teams")).header("Cookie", cookie.split(";")[0]).GET().build();
            assertProblem(HTTP.send(replay, HttpResponse.BodyHandlers.ofString()), 401);
        }
    }

    @Test
    void adminCreatesTeamAndDuplicateNameIsConflictOnNameField() throws Exception {
        long riverside = json(call("admin", "GET", "sites?name=Riverside", null)).get("items").get(0).get("id").asLong();
        String name = "Night shift " + System.nanoTime();
        String team = "{\"name\":\"" + name + "\",\"siteId\":" + riverside + "}";

        HttpResponse<String> created = call("admin", "POST", "teams", team);

        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(json(created).get("name").asText()).isEqualTo(name);
        assertThat(json(created).get("siteName").asText()).isEqualTo("Riverside");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/earshot/api/v1/teams/" + id));

        HttpResponse<String> duplicate = call("admin", "POST", "teams", team);

        JsonNode problem = assertProblem(duplicate, 409);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(problem.get("instance").asText()).isEqualTo("/earshot/api/v1/teams");
    }

    @Test
    void supervisorListsOnlyTheTeamInTheirScope() throws Exception {
        JsonNode teams = json(call("sup.billing", "GET", "teams", null));

        assertThat(names(teams, "name")).containsExactly("Billing");
        assertThat(teams.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anAnswerSaysHowLongTheServerWorkedOnItAfterTheLogin() throws Exception {
        HttpResponse<String> response = call("sup.billing", "GET", "teams", null);

        assertThat(response.headers().firstValue("Server-Timing")).hasValueSatisfying(timing -> {
            assertThat(timing).matches("app;dur=\\d+\\.\\d");
            assertThat(Double.parseDouble(timing.substring("app;dur=".length()))).isPositive().isLessThan(60_000);
        });
    }

    @Test
    void agentListsOnlyThemselves() throws Exception {
        HttpResponse<String> response = call("agent1", "GET", "users", null);

        assertThat(names(json(response), "username")).containsExactly("agent1");
        assertThat(json(response).get("items").get(0).get("extension").asText()).isEqualTo("1001");
        assertNoSecrets(response);
    }

    @Test
    void monitoringRefusalsAreProblemResponsesWithTheReason() throws Exception {
        HttpResponse<String> refused = call("sup.billing", "POST", "monitoring/sessions",
                "{\"callId\":\"no-such-call\",\"mode\":\"LISTEN\",\"purpose\":\"TRAINING\"}");

        JsonNode problem = assertProblem(refused, 403);
        assertThat(problem.get("type").asText()).isEqualTo("urn:earshot:problem:monitoring-refused");
        assertThat(problem.get("detail").asText()).isEqualTo("Call no-such-call is not under way");
        assertProblem(call("sup.billing", "DELETE", "monitoring/sessions/999999", null), 404);
        assertThat(json(call("sup.billing", "GET", "monitoring/sessions", null)).get("total").asLong()).isZero();
        assertThat(call("sup.billing", "GET", "monitoring/calls", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSupervisorSetsTheDefaultPurposeOfTheirFeatureCodes() throws Exception {
        assertThat(json(call("sup.support", "GET", "monitoring/default-purpose", null)).get("purpose").asText()).isEqualTo("ESCALATION");
        try {
            HttpResponse<String> set = call("sup.support", "PUT", "monitoring/default-purpose", "{\"purpose\":\"SAFETY\"}");
            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(json(call("sup.support", "GET", "monitoring/default-purpose", null)).get("purpose").asText()).isEqualTo("SAFETY");
            assertProblem(call("sup.support", "PUT", "monitoring/default-purpose", "{}"), 400);
        } finally {
            call("sup.support", "PUT", "monitoring/default-purpose", "{\"purpose\":\"ESCALATION\"}");
        }
    }

    @Test
    void supervisorCannotCreateTeam() throws Exception {
        HttpResponse<String> response = call("sup.billing", "POST", "teams", "{\"name\":\"Rogue " + System.nanoTime() + "\",\"siteId\":1}");

        assertProblem(response, 403);
    }

    @Test
    void adminGivesNewAgentExtensionAndQueueMembership() throws Exception {
        long riverside = json(call("admin", "GET", "sites?name=Riverside", null)).get("items").get(0).get("id").asLong();
        String unique = String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        HttpResponse<String> agent = call("admin", "POST", "users", "{\"username\":\"rest." + unique
                + "\",\"displayName\":\"REST agent\",\"password\":\"a-long-password\"}");
        assertThat(agent.statusCode()).isEqualTo(201);
        long agentId = json(agent).get("id").asLong();
        HttpResponse<String> queue = call("admin", "POST", "queues", "{\"name\":\"Retention " + unique
                + "\",\"number\":\"8" + unique + "\",\"siteId\":" + riverside + "}");
        assertThat(queue.statusCode()).isEqualTo(201);
        long queueId = json(queue).get("id").asLong();

        HttpResponse<String> withoutPhone = call("admin", "PUT", "queues/" + queueId + "/members/" + agentId, null);
        assertThat(assertProblem(withoutPhone, 400).get("errors").get(0).get("field").asText()).isEqualTo("userId");

        HttpResponse<String> phone = call("admin", "PUT", "users/" + agentId + "/extension",
                "{\"extension\":\"9" + unique + "\",\"sipPassword\":\"sip-secret-1\"}");
        assertThat(phone.statusCode()).isEqualTo(200);
        assertNoSecrets(phone);

        HttpResponse<String> member = call("admin", "PUT", "queues/" + queueId + "/members/" + agentId, null);
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(names(json(member).get("members"), "username")).containsExactly("rest." + unique);
        HttpResponse<String> removed = call("admin", "DELETE", "queues/" + queueId + "/members/" + agentId, null);
        assertThat(json(removed).get("members")).isEmpty();
    }

    @Test
    void grantsListShowsNoPasswordsOrDigests() throws Exception {
        HttpResponse<String> grants = call("admin", "GET", "grants?includeRevoked=true&size=500", null);
        HttpResponse<String> users = call("admin", "GET", "users?size=500", null);

        assertThat(grants.statusCode()).isEqualTo(200);
        assertThat(json(grants).get("total").asLong()).isGreaterThanOrEqualTo(13);
        assertNoSecrets(grants);
        assertNoSecrets(users);
    }

    @Test
    void invalidQueryParameterIsBadRequest() throws Exception {
        assertProblem(call("admin", "GET", "grants?role=OVERLORD", null), 400);
        assertProblem(call("admin", "GET", "teams?first=-1", null), 400);
        assertProblem(call("admin", "POST", "teams", "{not json"), 400);
    }

    @Test
    void reviewerAsksWhyASupervisorMayMonitorAnAgent() throws Exception {
        long agent1 = json(call("admin", "GET", "users?text=agent1", null)).get("items").get(0).get("id").asLong();
        String question = "access/decisions?user=sup.billing&action=MONITOR_CALL&mode=BARGE&agentId=" + agent1;

        JsonNode decision = json(call("compliance", "GET", question, null));

        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("reason").asText()).contains("SUPERVISOR");
        assertProblem(call("sup.billing", "GET", question, null), 403);
    }

    @Test
    void complianceVerifiesTheAuditChainIntact() throws Exception {
        HttpResponse<String> response = call("compliance", "POST", "audit/verify", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("intact").asBoolean()).isTrue();
        assertThat(json(response).get("entriesChecked").asLong()).isPositive();
    }

    @Test
    void openApiDocumentListsTheApiPaths() throws Exception {
        URI openapi = URI.create("http://127.0.0.1:" + System.getProperty("it.http-port", "8380") + "/openapi?format=JSON");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(openapi).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        JSON.readTree(response.body()).get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).anySatisfy(p -> assertThat(p).endsWith("/api/v1/teams"))
                .anySatisfy(p -> assertThat(p).endsWith("/api/v1/grants/{id}/revoke"))
                .anySatisfy(p -> assertThat(p).endsWith("/api/v1/audit/verify"))
                .anySatisfy(p -> assertThat(p).endsWith("/api/v1/permission-reviews/findings"))
                .anySatisfy(p -> assertThat(p).endsWith("/api/v1/monitoring/sessions/{id}/mode"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static HttpResponse<String> call(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = request(user, As.DEMO_PASSWORD, path).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String user, String password, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static void assertNoSecrets(HttpResponse<String> response) {
        assertThat(response.body().toLowerCase()).doesNotContain("password").doesNotContain("ha1").doesNotContain("salt");
    }

    private static List<String> names(JsonNode list, String field) {
        JsonNode items = list.has("items") ? list.get("items") : list;
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }
}
