package org.earshot.web.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every failed API request. Validation problems name
 * the offending input fields in {@code errors}; absent members are left out of the JSON.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One input field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, null);
    }

    /** A problem about input fields; without any, errors is left out. */
    static Problem ofFields(ProblemType type, String detail, List<FieldError> errors, String instance) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance,
                errors.isEmpty() ? null : errors);
    }

    /** A plain HTTP failure (unknown path, wrong method or media type): its status says it all. */
    static Problem ofStatus(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
