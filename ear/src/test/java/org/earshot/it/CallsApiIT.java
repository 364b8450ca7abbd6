package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        JsonNode detail = Api.json(Api.get("sup.billing", "calls/" + callId));
        List<String> types = new ArrayList<>();
        detail.get("changes").forEach(change -> types.add(change.get("type").asText()));
        assertThat(types).containsExactly("RINGING", "ANSWERED", "ENDED");

        assertThat(Api.json(Api.get("sup.support", since)).get("total").asLong()).isZero();
        HttpResponse<String> refused = Api.get("sup.support", "calls/" + callId);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.get("agent1", "calls/nonexistent").statusCode()).isEqualTo(404);
    }

    @Test
    void liveAgentsAreThoseInTheCallersScope() throws Exception {
        assertThat(usernames(Api.get("sup.billing", "agents/live"))).contains("agent1", "agent2", "agent3").doesNotContain("agent4");
        assertThat(usernames(Api.get("sup.support", "agents/live"))).contains("agent4").doesNotContain("agent2");
        assertThat(usernames(Api.get("agent2", "agents/live"))).containsExactly("agent2");
    }

    private static JsonNode endedCall(String user, String path) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            JsonNode items = Api.json(Api.get(user, path)).get("items");
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
        Api.json(response).get("items").forEach(agent -> names.add(agent.get("username").asText()));
        return names;
    }
}
