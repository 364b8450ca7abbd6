package org.earshot.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Owns the CamelContext that carries Earshot's domain events to CRM and workforce management.
 * Started with the application so routes are consuming before the first event is published.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
@Singleton
@Startup
public class IntegrationRuntime {

    private static final Logger LOG = Logger.getLogger(IntegrationRuntime.class.getName());

    private CamelContext camel;

    @PostConstruct
    void start() {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("earshot");
        try {
            camel.addRoutes(new HealthRoute());
        } catch (Exception e) {
            throw new IllegalStateException("Integration routes could not be added", e);
        }
        camel.start();
        LOG.info(() -> "Integration runtime started with routes " + camel.getRoutes());
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    /** True when a message sent through the health route comes back: the runtime is routing. */
    public boolean isRouting() {
        return "UP".equals(camel.createProducerTemplate().requestBody(HealthRoute.ENDPOINT, "", String.class));
    }
}
