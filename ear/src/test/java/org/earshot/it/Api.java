package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The deployed REST API as a demo user calls it: HTTP Basic with the demo password. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    /** GET of a path under /api/v1/. */
    static HttpResponse<String> get(String user, String path) throws Exception {
        return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a path under /api/v1/ whose body is not text (a PDF, say). */
    static HttpResponse<byte[]> getBytes(String user, String path) throws Exception {
        return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST of a JSON body to a path under /api/v1/. */
    static HttpResponse<String> post(String user, String path, String json) throws Exception {
        return HTTP.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** PUT of a JSON body to a path under /api/v1/. */
    static HttpResponse<String> put(String user, String path, String json) throws Exception {
        return HTTP.send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** DELETE of a path under /api/v1/. */
    static HttpResponse<String> delete(String user, String path) throws Exception {
        return HTTP.send(request(user, path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "api/v1/" + path)).header("Authorization", "Basic " + basic);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** The response is an RFC 9457 problem with this status, and shows nothing of the server's insides. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    /** The user's notifications linking to the page, newest first: kind and text. */
    static List<String> notificationsAbout(String page, String user) throws Exception {
        List<String> found = new ArrayList<>();
        json(get(user, "notifications?size=500")).get("items").forEach(n -> {
            if (n.get("link").asText().equals(page)) {
                found.add(n.get("kind").asText() + " " + n.get("text").asText());
            }
        });
        return found;
    }
}
