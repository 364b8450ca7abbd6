package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.earshot.integration.IntegrationRuntime;
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

/** Every module of the EAR is deployed and running (resource adapter, EJB modules, web), and the server provides what they use. */
@ExtendWith(ArquillianExtension.class)
class DeployedModulesIT {

    @EJB
    private IntegrationRuntime integration;

    @Resource(lookup = "java:/jms/topic/earshot/events")
    private Topic domainEvents;

    @Resource(lookup = "java:/jms/queue/earshot/integration-dlq")
    private Queue integrationDeadLetters;

    @Resource(lookup = "java:/jms/queue/earshot/call-events")
    private Queue callEvents;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    @RunAsClient
    void serverListsEveryModuleOfTheEar(@ArquillianResource ManagementClient management) throws Exception {
        ModelNode read = Operations.createReadResourceOperation(
                Operations.createAddress("deployment", "earshot.ear"), true);
        read.get("include-runtime").set(true);
        ModelNode result = management.getControllerClient().execute(read);
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        ModelNode ear = Operations.readResult(result);
        assertThat(ear.get("status").asString()).isEqualTo("OK");
        List<String> modules = ear.get("subdeployment").keys().stream().sorted().toList();
        assertThat(modules).contains("earshot-camel-routes.jar", "earshot-ejb.jar", "earshot-sip.rar", "earshot-web.war");
        assertThat(ear.get("subdeployment", "earshot-sip.rar", "subsystem").keys()).contains("resource-adapters");
    }

    @Test
    @RunAsClient
    void healthAndMetricsAreServedByTheManagementInterface() throws Exception {
        String management = "http://127.0.0.1:" + System.getProperty("it.management-port", "10290");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(management + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"earshot.ear\"\\s*:\\s*\"OK\"");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("base_memory");
    }

    @Test
    void messagingDestinationsAreConfigured() throws Exception {
        assertThat(domainEvents.getTopicName()).isEqualTo("EarshotEvents");
        assertThat(integrationDeadLetters.getQueueName()).isEqualTo("EarshotIntegrationDLQ");
        assertThat(callEvents.getQueueName()).isEqualTo("EarshotCallEvents");
    }

    @Test
    void integrationRuntimeIsRoutingMessages() {
        assertThat(integration.isRouting()).isTrue();
    }
}
