package org.earshot.web.rest;

/** A request body longer than the API accepts ({@link BodySizeLimit}); answered with 413. */
public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(long limit) {
        super("The request body may have at most " + limit + " bytes");
    }
}
