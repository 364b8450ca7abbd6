package org.earshot.integration;

import org.apache.camel.builder.RouteBuilder;

/**
 * Answers whether the integration runtime is able to route messages at all: a request sent to
 * {@link #ENDPOINT} comes back with the body {@code UP} only if the context is started and routing.
 */
public class HealthRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:earshot-health?block=false";

    @Override
    public void configure() {
        from(ENDPOINT).routeId("earshot-health").setBody(constant("UP"));
    }
}
