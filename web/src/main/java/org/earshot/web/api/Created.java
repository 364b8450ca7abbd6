package org.earshot.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201, its URI in Location, and its representation. */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uri, Object id, Object representation) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(representation).build();
    }
}
