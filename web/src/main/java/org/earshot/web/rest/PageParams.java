package org.earshot.web.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.earshot.query.PageRequest;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page of a list a client asks for, as query parameters {@code first} and {@code size}. */
public class PageParams {

    @QueryParam("first")
    @DefaultValue("0")
    @Parameter(description = "Index of the first item to return, from 0")
    private int first;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "How many items to return, at most " + PageRequest.MAX_SIZE)
    private int size;

    public PageRequest toRequest() {
        if (first < 0) {
            throw new InvalidRequestException("first", "first must not be negative");
        }
        if (size < 1) {
            throw new InvalidRequestException("size", "size must be at least 1");
        }
        return new PageRequest(first, size);
    }
}
