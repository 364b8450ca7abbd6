package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's readiness and liveness endpoints on the management interface, as an orchestrator
 * or load balancer reads them: Earshot's database, broker, SIP listener and recordings disk are
 * checked, and a check that fails makes the server not ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("it.management-port", "10290");
    private static final String MIN_FREE_MB = "earshot.recordings.min-free-mb";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void everyReadinessCheckOfEarshotIsUp() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("UP");
        assertThat(checks(ready)).containsEntry("database", "UP").containsEntry("broker", "UP")
                .containsEntry("sip-listener", "UP").containsEntry("recordings-disk", "UP");
    }

    @Test
    void theDeploymentIsAlive() throws Exception {
        HttpResponse<String> live = get("/health/live");

        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(checks(live)).containsEntry("earshot", "UP");
    }

    @Test
    void tooLittleDiskForRecordingsMakesTheServerNotReady(@ArquillianResource ManagementClient management) throws Exception {
        ModelNode property = Operations.createAddress("system-property", MIN_FREE_MB);
        ModelNode add = Operations.createAddOperation(property);
        add.get("value").set(String.valueOf(Long.MAX_VALUE / (1024 * 1024)));
        assertSuccess(management.getControllerClient().execute(add));
        try {
            HttpResponse<String> ready = get("/health/ready");

            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("DOWN");
            assertThat(checks(ready)).containsEntry("recordings-disk", "DOWN").containsEntry("database", "UP");
            assertThat(get("/health/live").statusCode()).as("a full disk is no reason to restart").isEqualTo(200);
        } finally {
            assertSuccess(management.getControllerClient().execute(Operations.createRemoveOperation(property)));
        }
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each check's name and status. */
    private static Map<String, String> checks(HttpResponse<String> health) throws Exception {
        Map<String, String> checks = new HashMap<>();
        for (JsonNode check : JSON.readTree(health.body()).get("checks")) {
            checks.put(check.get("name").asText(), check.get("status").asText());
        }
        return checks;
    }

    private static void assertSuccess(ModelNode result) {
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    }
}
