package org.earshot.web.rest;

/** Input the API cannot pass on to a service at all: a missing body or a value of the wrong shape. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }

    /** The request body, which every operation that declares one needs. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequestException(null, "A JSON request body is required");
        }
        return body;
    }
}
