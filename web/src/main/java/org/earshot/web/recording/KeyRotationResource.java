package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.earshot.recording.KeyRotation;
import org.earshot.recording.RotationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recording-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class KeyRotationResource {

    @EJB
    private KeyRotation rotation;

    @GET
    @Operation(summary = "The primary key-encryption key, how many recordings are still wrapped by another, the latest rotation")
    public RotationStatus status() {
        return rotation.status();
    }

    @POST
    @Path("rotations")
    @Operation(summary = "Make a new key-encryption key the primary and re-wrap every recording's data key with it, in the background")
    @APIResponse(responseCode = "202", description = "Started; GET /recording-keys follows it")
    @APIResponse(responseCode = "409", description = "A rotation is under way")
    public Response rotate() {
        return Response.accepted(rotation.start()).build();
    }
}
