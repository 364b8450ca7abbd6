package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.earshot.recording.RecordingControl;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("calls/{callId}/recording")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings", description = "Recorded calls, found as the call list finds calls; the audio is at /recordings/{id}/audio")
public class CallRecordingResource {

    @EJB
    private RecordingControl control;

    @Context
    private UriInfo uri;

    @PathParam("callId")
    @Parameter(description = "Earshot's call id, as in the call list")
    private String callId;

    @POST
    @Operation(summary = "Start recording the call under way now (its policy must not be \"never\"): the call's agent or a supervisor in scope")
    @APIResponse(responseCode = "201", description = "Recording; Location names the recording")
    @APIResponse(responseCode = "403", description = "Refused, with the reason (not yours, recorded already, ended, never recorded); audited")
    public Response start() {
        UUID id = control.startOnDemand(callId);
        return Response.created(uri.getBaseUriBuilder().path("recordings").path(id.toString()).build())
                .entity(Map.of("id", id.toString())).build();
    }

    @POST
    @Path("pause")
    @Operation(summary = "Pause the call's recording (card details): silence is recorded and keys are masked until it resumes")
    @APIResponse(responseCode = "204", description = "Paused")
    @APIResponse(responseCode = "403", description = "Refused, with the reason (agents may not pause, not recorded, paused already); audited")
    public void pause() {
        control.pause(callId);
    }

    @POST
    @Path("resume")
    @Operation(summary = "Resume the call's paused recording")
    @APIResponse(responseCode = "204", description = "Resumed")
    @APIResponse(responseCode = "403", description = "Refused, with the reason; audited")
    public void resume() {
        control.resume(callId);
    }
}
