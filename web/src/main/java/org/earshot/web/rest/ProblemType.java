package org.earshot.web.rest;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with its status and a stable type URI for clients. */
enum ProblemType {
    INVALID_REQUEST(Status.BAD_REQUEST, "invalid-request", "The request is not valid"),
    NOT_AUTHENTICATED(Status.UNAUTHORIZED, "not-authenticated", "Authentication is required"),
    ACCESS_DENIED(Status.FORBIDDEN, "access-denied", "Access denied"),
    MONITORING_REFUSED(Status.FORBIDDEN, "monitoring-refused", "Monitoring refused"),
    RECORDING_REFUSED(Status.FORBIDDEN, "recording-refused", "Recording request refused"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    CONFLICT(Status.CONFLICT, "conflict", "The request conflicts with existing data"),
    REQUEST_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "request-too-large", "The request is too large"),
    SERVER_ERROR(Status.INTERNAL_SERVER_ERROR, "server-error", "Internal server error");

    private final Status status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    Status status() {
        return status;
    }

    String uri() {
        return "urn:earshot:problem:" + slug;
    }

    String title() {
        return title;
    }
}
