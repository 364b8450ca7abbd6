package org.earshot.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201, its URI in Location, and its representation. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object representation) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(representation).build();
    }
}
