package org.earshot.web.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.AccessDeniedException;
import org.earshot.monitoring.MonitoringRefusedException;
import org.earshot.organization.NotFoundException;
import org.earshot.recording.RecordingRefusedException;
import org.earshot.rules.RuleViolation;

/**
 * Turns every failure into a problem+json response. The services' own exceptions carry messages
 * meant for the user and pass through; anything unexpected is logged and answered with a bare
 * 500, so no stack trace or internal detail reaches the client.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return problemFor(failure, uri.getRequestUri().getRawPath());
    }

    private static Response problemFor(Throwable failure, String instance) {
        // Application exceptions arrive unwrapped; system exceptions of the EJB container do not.
        if (failure instanceof EJBException && failure.getCause() != null) {
            return problemFor(failure.getCause(), instance);
        }
        // Raised while the body is read, these may reach here wrapped in the framework's own failure.
        InvalidRequestException invalid = causeOfType(failure, InvalidRequestException.class);
        if (invalid != null) {
            return Problem.ofFields(ProblemType.INVALID_REQUEST, invalid.getMessage(), invalid.getErrors(), instance)
                    .response().build();
        }
        RequestTooLargeException tooLarge = causeOfType(failure, RequestTooLargeException.class);
        if (tooLarge != null) {
            return Problem.of(ProblemType.REQUEST_TOO_LARGE, tooLarge.getMessage(), instance).response().build();
        }
        if (failure instanceof RuleViolation e) {
            return Problem.ofFields(e.isConflict() ? ProblemType.CONFLICT : ProblemType.INVALID_REQUEST, e.getMessage(),
                    e.getViolations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList(), instance)
                    .response().build();
        }
        if (failure instanceof NotFoundException e) {
            return Problem.of(ProblemType.NOT_FOUND, e.getMessage(), instance).response().build();
        }
        if (failure instanceof MonitoringRefusedException e) {
            return Problem.of(ProblemType.MONITORING_REFUSED, e.getMessage(), instance).response().build();
        }
        if (failure instanceof RecordingRefusedException e) {
            return Problem.of(ProblemType.RECORDING_REFUSED, e.getMessage(), instance).response().build();
        }
        if (failure instanceof AccessDeniedException e) {
            return Problem.of(ProblemType.ACCESS_DENIED, e.getMessage(), instance).response().build();
        }
        // Jakarta REST answers 404 when a path or query parameter does not convert (an id that is no
        // number, an unknown enum constant); to an API client that is a bad request, not a missing resource.
        if (failure instanceof jakarta.ws.rs.NotFoundException && failure.getCause() != null) {
            InputDefect parameter = InputDefect.ofParameter(failure.getMessage());
            return Problem.ofFields(ProblemType.INVALID_REQUEST, parameter.detail(), parameter.errors(), instance)
                    .response().build();
        }
        // Responses are records the API builds itself, so a JSON failure is in what the client sent.
        if (causedBy(failure, JsonbException.class) || causedBy(failure, JsonException.class)) {
            InputDefect body = InputDefect.ofJsonBody(failure);
            return Problem.ofFields(ProblemType.INVALID_REQUEST, body.detail(), body.errors(), instance).response().build();
        }
        if (failure instanceof WebApplicationException e) {
            return httpProblem(e.getResponse(), instance);
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering " + instance, failure);
        return Problem.of(ProblemType.SERVER_ERROR, "An unexpected error occurred; it has been logged", instance)
                .response().build();
    }

    /** Keeps the status and headers Jakarta REST chose (such as Allow on a 405) but with a problem body. */
    private static Response httpProblem(Response original, String instance) {
        Response.ResponseBuilder problem = Problem.ofStatus(original.getStatusInfo(), null, instance).response();
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return causeOfType(failure, type) != null;
    }

    static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
