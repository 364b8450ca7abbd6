package org.earshot.web.rest;

import java.util.List;

/**
 * Input the API cannot pass on to a service at all: a missing body, a value of the wrong shape, or
 * a body that breaks its constraints. Carries the offending fields, if it can name them.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequestException(String field, String message) {
        this(message, field == null ? List.of() : List.of(new Problem.FieldError(field, message)));
    }

    /** Several fields at once; the message sums them up for the problem's detail. */
    public InvalidRequestException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The fields at fault, empty when the problem is with the request as a whole. */
    public List<Problem.FieldError> getErrors() {
        return errors;
    }

    /** The request body, which every operation that declares one needs. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequestException(null, "A JSON request body is required");
        }
        return body;
    }
}
