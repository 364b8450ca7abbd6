package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * What the REST API makes of input it cannot take: every refusal is a problem+json that says what
 * to fix in the client's terms (the field, the parameter, the position in the body), never in the
 * framework's, and bodies are bounded in size and must be UTF-8.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestInputIT {

    private static final String API = Deployments.BASE_URL + "api/v1/";
    /** HTTP/1.1, so that a body of unknown length goes chunked. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ONE_MB = 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedAndNothingIsStored() throws Exception {
        String name = "Latin-1 " + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"name\":\"" + name + " Jo").getBytes(StandardCharsets.UTF_8));
        body.write(0xE3); // "ã" in ISO-8859-1, a broken sequence in UTF-8
        body.writeBytes(("o\",\"siteId\":" + riverside() + "}").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = send("admin", "POST", "teams", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));

        JsonNode problem = assertProblem(refused, 400);
        assertThat(problem.get("detail").asText()).contains("not valid UTF-8");
        assertThat(json(send("admin", "GET", "teams?name=" + name.replace(" ", "%20"), null)).get("total").asLong()).isZero();
    }

    @Test
    void constraintsOfABodyAreFieldErrorsWithTheirMessages() throws Exception {
        HttpResponse<String> refused = post("admin", "queues", "{\"name\":\" \",\"number\":\"12ab\"}");

        JsonNode problem = assertProblem(refused, 400);
        assertThat(fieldErrors(problem)).containsExactly(
                "name: Queue name is required",
                "number: Queue number must be 2 to 32 dialable characters (digits, *, #, +)",
                "siteId: Site is required");
    }

    @Test
    void anOverlongMonitoringNoteIsAFieldErrorOnTheNote() throws Exception {
        String note = "x".repeat(501);

        HttpResponse<String> refused = post("sup.billing", "monitoring/sessions",
                "{\"callId\":\"any-call\",\"mode\":\"LISTEN\",\"purpose\":\"TRAINING\",\"note\":\"" + note + "\"}");

        JsonNode problem = assertProblem(refused, 400);
        assertThat(fieldErrors(problem)).containsExactly("note: The note may have at most 500 characters");
    }

    @Test
    void aParameterOfTheWrongTypeIsNamedWithoutTheFrameworksWords() throws Exception {
        JsonNode problem = assertProblem(send("admin", "GET", "grants?role=OVERLORD", null), 400);

        assertThat(fieldErrors(problem)).containsExactly("role: 'OVERLORD' is not a valid value for role");
        assertNoFrameworkWords(problem);
        assertNoFrameworkWords(assertProblem(send("admin", "DELETE", "teams/not-a-number", null), 400));
    }

    @Test
    void aBodyFieldOfTheWrongTypeIsNamedWithoutTheFrameworksWords() throws Exception {
        JsonNode wrongType = assertProblem(post("admin", "teams", "{\"name\":\"Typed\",\"siteId\":\"first\"}"), 400);
        JsonNode unknownMode = assertProblem(post("sup.billing", "monitoring/sessions",
                "{\"callId\":\"any-call\",\"mode\":\"EAVESDROP\",\"purpose\":\"TRAINING\"}"), 400);

        assertThat(wrongType.get("errors").get(0).get("field").asText()).isEqualTo("siteId");
        assertThat(fieldErrors(unknownMode)).containsExactly("mode: 'EAVESDROP' is not one of LISTEN, WHISPER, BARGE, TAKEOVER");
        assertNoFrameworkWords(wrongType);
        assertNoFrameworkWords(unknownMode);
    }

    @Test
    void brokenJsonIsRefusedWithItsPosition() throws Exception {
        JsonNode problem = assertProblem(post("admin", "teams", "{\"name\": \"Broken\",\n  siteId: 1}"), 400);

        assertThat(problem.get("detail").asText()).startsWith("The request body is not valid JSON").contains("line 2");
        assertNoFrameworkWords(problem);
    }

    @Test
    void aMegabyteBodyIsTooLarge() throws Exception {
        HttpResponse<String> refused = send("admin", "POST", "teams", HttpRequest.BodyPublishers.ofString(bigTeam()));

        JsonNode problem = assertProblem(refused, 413);
        assertThat(problem.get("detail").asText()).isEqualTo("The request body may have at most 65536 bytes");
    }

    @Test
    void aMegabyteBodySentInChunksIsTooLarge() throws Exception {
        byte[] big = bigTeam().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = send("admin", "POST", "teams",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        assertProblem(refused, 413);
    }

    /** A team whose name alone is a megabyte. */
    private static String bigTeam() {
        return "{\"name\":\"" + "n".repeat(ONE_MB) + "\",\"siteId\":1}";
    }

    private static long riverside() throws Exception {
        return json(send("admin", "GET", "sites?name=Riverside", null)).get("items").get(0).get("id").asLong();
    }

    private static HttpResponse<String> post(String user, String path, String json) throws Exception {
        return send(user, "POST", path, HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(String user, String method, String path, HttpRequest.BodyPublisher body)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    /** "field: message" of each field error, in the problem's order. */
    private static List<String> fieldErrors(JsonNode problem) {
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.get("field").asText() + ": " + error.get("message").asText()));
        return errors;
    }

    private static void assertNoFrameworkWords(JsonNode problem) {
        assertThat(problem.toString()).doesNotContain("RESTEASY").doesNotContain("Unrecognized").doesNotContain("deserializ")
                .doesNotContain("jakarta.").doesNotContain("java.").doesNotContain("org.").doesNotContain("Exception");
    }
}
