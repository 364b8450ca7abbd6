package org.earshot.web.recording;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.earshot.recording.Erasure;
import org.earshot.recording.ErasureReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("erasure-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class ErasureResource {

    /** A caller's request: their number as they give it, and the request's reference in the data-protection register. */
    public record ErasureRequest(String caller, String reference) {
    }

    @EJB
    private Erasure erasure;

    @POST
    @Operation(summary = "Erase a caller's recordings, except those on hold; the report says which were erased and which kept, and why")
    @APIResponse(responseCode = "200", description = "What was done")
    @APIResponse(responseCode = "400", description = "No number or no reference")
    public ErasureReport erase(ErasureRequest request) {
        ErasureRequest asked = requireBody(request);
        return erasure.eraseCaller(asked.caller(), asked.reference());
    }
}
