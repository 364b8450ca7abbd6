package org.earshot.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class HealthRouteTest {

    @Test
    void startedContextAnswersUp() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new HealthRoute());
            camel.start();
            assertThat(camel.createProducerTemplate().requestBody(HealthRoute.ENDPOINT, "", String.class))
                    .isEqualTo("UP");
        }
    }

    @Test
    void stoppedContextDoesNotAnswer() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new HealthRoute());
            camel.start();
            camel.getRouteController().stopRoute("earshot-health");
            assertThatThrownBy(() -> camel.createProducerTemplate().requestBody(HealthRoute.ENDPOINT, "", String.class))
                    .rootCause().hasMessageStartingWith("No consumers available on endpoint: direct://earshot-health");
        }
    }
}
