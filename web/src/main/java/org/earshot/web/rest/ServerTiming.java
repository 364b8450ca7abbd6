package org.earshot.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Tells each API client how long the server worked on its request once it was authenticated, in a
 * {@code Server-Timing: app;dur=<ms>} header (shown by browsers' developer tools, read by the benchmarks).
 * HTTP Basic checks a deliberately slow password hash on every request; this is the endpoint's own time
 * beside it. It ends when the response's headers are ready: a streamed body (an export) is written after.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) { // absent when authentication refused the request
            double millis = (System.nanoTime() - started) / 1e6;
            response.getHeaders().add(HEADER, String.format(Locale.ROOT, "app;dur=%.1f", millis));
        }
    }
}
