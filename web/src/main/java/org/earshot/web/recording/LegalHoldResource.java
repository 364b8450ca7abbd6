package org.earshot.web.recording;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.earshot.query.PageRequest;
import org.earshot.recording.GovernedRecording;
import org.earshot.recording.HoldScope;
import org.earshot.recording.LegalHoldService;
import org.earshot.recording.LegalHoldView;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("legal-holds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class LegalHoldResource {

    /** A hold: a matter's name, why, and at least one criterion of its scope (all that are given must match). */
    public record HoldRequest(String name, String reason, UUID recordingId, String callId, String agent, String caller, Instant from,
                              Instant to) {
    }

    /** Why a hold ends. */
    public record ReleaseRequest(String reason) {
    }

    @EJB
    private LegalHoldService holds;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The legal holds, active first, each with how many recordings it keeps now")
    public List<LegalHoldView> list(@QueryParam("released") @DefaultValue("false")
                                    @Parameter(description = "true: released holds too") boolean released) {
        return holds.holds(released);
    }

    @POST
    @Operation(summary = "Put recordings on hold: no purge, deletion or erasure touches them until the hold is released")
    @APIResponse(responseCode = "201", description = "The hold; Location names it")
    @APIResponse(responseCode = "400", description = "No name, no reason, no criterion, or a range ending before it starts")
    public Response create(HoldRequest request) {
        HoldRequest hold = requireBody(request);
        LegalHoldView created = holds.create(hold.name(), hold.reason(),
                new HoldScope(hold.recordingId(), hold.callId(), hold.agent(), hold.caller(), hold.from(), hold.to()));
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Release a hold, saying why: what it kept may be purged, deleted or erased again")
    @APIResponse(responseCode = "409", description = "Released already")
    public LegalHoldView release(@PathParam("id") @Parameter(description = "The hold's id") long id, ReleaseRequest request) {
        return holds.release(id, requireBody(request).reason());
    }

    @GET
    @Path("{id}/recordings")
    @Operation(summary = "The recordings an active hold keeps, newest first, paged, with their total")
    public ListView<GovernedRecording> recordings(@PathParam("id") @Parameter(description = "The hold's id") long id,
                                                  @BeanParam PageParams page) {
        PageRequest request = page.toRequest();
        return ListView.of(holds.recordings(id, request.first(), request.size()), r -> r);
    }
}
