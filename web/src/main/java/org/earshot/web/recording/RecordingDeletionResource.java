package org.earshot.web.recording;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.earshot.recording.RecordingDeletion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recordings/{id}/deletion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class RecordingDeletionResource {

    /** Why the recording is deleted, for the audit trail. */
    public record DeletionRequest(String reason) {
    }

    @EJB
    private RecordingDeletion deletion;

    @POST
    @Operation(summary = "Delete one recording now: its data key is destroyed, then its files")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "On hold, or still being recorded")
    @APIResponse(responseCode = "404", description = "No such recording, or deleted already")
    public void delete(@PathParam("id") @Parameter(description = "The recording's id") UUID id, DeletionRequest request) {
        deletion.delete(id, requireBody(request).reason());
    }
}
