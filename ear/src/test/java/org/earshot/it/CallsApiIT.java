package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calls and the live agents through the REST API, after a real call to demo agent 1002 (agent2). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallsApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void supervisorReadsTheCallAndItsHistoryAnotherTeamsSupervisorIsRefused() throws Exception {
        Instant before = Instant.now();
        assertThat(Phones.callAgent("1002", Duration.ofSeconds(2)).wentAsScripted()).isTrue();

        String since = "calls?text=1002&from=" + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
        JsonNode call = endedCall("sup.billing", since);
        assertThat(call.get("agent").get("username").asText()).isEqualTo("agent2");
        assertThat(call.get("disposition").asText()).isEqualTo("caller hung up");
        assertThat(call.get("media").get("fromCaller").asLong()).isGreaterThan(50);
        assertThat(call.has("changes")).as("lists leave out the history").isFalse();

        String callId = call.get("callId").asText();
        JsonNode detail = JSON.readTree(get("sup.billing", "calls/" + callId).body());
        List<String> types = new ArrayList<>();
        detail.get("changes").forEach(change -> types.add(change.get("type").asText()));
        assertThat(types).containsExactly("RINGING", "ANSWERED", "ENDED");

        assertThat(JSON.readTree(get("sup.support", since).body()).get("total").asLong()).isZero();
        HttpResponse<String> refused = get("sup.support", "calls/" + callId);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("agent1", "calls/nonexistent").statusCode()).isEqualTo(404);
    }

    @Test
    void liveAgentsAreThoseInTheCallersScope() throws Exception {
        assertThat(usernames(get("sup.billing", "agents/live"))).contains("agent1", "agent2", "agent3").doesNotContain("agent4");
        assertThat(usernames(get("sup.support", "agents/live"))).contains("agent4").doesNotContain("agent2");
        assertThat(usernames(get("agent2", "agents/live"))).containsExactly("agent2");
    }

    private static JsonNode endedCall(String user, String path) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            JsonNode items = JSON.readTree(get(user, path).body()).get("items");
            if (!items.isEmpty() && "ENDED".equals(items.get(0).get("state").asText())) {
                return items.get(0);
            }
            assertThat(Instant.now()).as("the call is recorded as ended within 10 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static List<String> usernames(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(agent -> names.add(agent.get("username").asText()));
        return names;
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "api/v1/" + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
