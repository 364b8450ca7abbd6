package org.earshot.web.monitoring;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRules;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Live monitoring of calls: listen, whisper, barge and takeover, governed and audited")
public class MonitoringResource {

    /** A call to monitor, the mode to start in, why (required) and an optional note. */
    public record StartRequest(
            @NotBlank(message = "{earshot.monitoring.call.required}") String callId,
            @NotNull(message = "{earshot.monitoring.mode.required}") MonitoringMode mode,
            @NotNull(message = "{earshot.monitoring.purpose.required}") MonitoringPurpose purpose,
            @Size(max = MonitoringRules.NOTE_LENGTH, message = "{earshot.monitoring.note.size}") String note) {
    }

    /** The mode to switch a session to. */
    public record ModeRequest(@NotNull(message = "{earshot.monitoring.mode.required}") MonitoringMode mode) {
    }

    /** The purpose a supervisor's feature codes are audited with, as nobody is asked on the phone. */
    public record DefaultPurpose(@NotNull(message = "{earshot.monitoring.defaultPurpose.required}") MonitoringPurpose purpose) {
    }

    @EJB
    private MonitoringService monitoring;

    @Context
    private UriInfo uri;

    @GET
    @Path("calls")
    @Operation(summary = "Calls under way whose agent the caller may see, each with the modes the caller may start in now,"
            + " or why none")
    public ListView<MonitorableCall> calls(@BeanParam PageParams page) {
        return ListView.of(monitoring.liveCalls(), page.toRequest(), Function.identity());
    }

    @GET
    @Path("sessions")
    @Operation(summary = "The caller's monitoring sessions that are ringing or connected")
    public ListView<MonitoringSessionView> sessions(@BeanParam PageParams page) {
        return ListView.of(monitoring.mySessions(), page.toRequest(), Function.identity());
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Start monitoring a call: Earshot rings the caller's phone and joins it in the mode once answered")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MonitoringSessionView.class)))
    public Response start(StartRequest request) {
        StartRequest start = requireBody(request);
        MonitoringSessionView session = monitoring.start(start.callId(), start.mode(), start.purpose(), start.note(),
                MonitoringChannel.REST);
        return Created.at(uri, session.id(), session);
    }

    @PUT
    @Path("sessions/{id}/mode")
    @Operation(summary = "Switch a session's mode, from the next audio frame on; a takeover is final")
    @APIResponse(responseCode = "403", description = "Refused, with the reason (also for another supervisor's session); audited")
    @APIResponse(responseCode = "404", description = "No session has this id; audited")
    public MonitoringSessionView switchMode(@PathParam("id") long id, ModeRequest request) {
        return monitoring.switchMode(id, requireBody(request).mode(), MonitoringChannel.REST);
    }

    @GET
    @Path("default-purpose")
    @Operation(summary = "The purpose the caller's feature codes (*81<ext>..*84<ext>) are audited with")
    public DefaultPurpose defaultPurpose() {
        return new DefaultPurpose(monitoring.myDefaultPurpose());
    }

    @PUT
    @Path("default-purpose")
    @Operation(summary = "Set the purpose the caller's feature codes are audited with")
    public DefaultPurpose preferPurpose(DefaultPurpose request) {
        return new DefaultPurpose(monitoring.preferPurpose(requireBody(request).purpose()));
    }

    @DELETE
    @Path("sessions/{id}")
    @Operation(summary = "End a session: Earshot hangs up the caller's phone")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "403", description = "Refused, with the reason (also for another supervisor's session); audited")
    @APIResponse(responseCode = "404", description = "No session has this id; audited")
    public void end(@PathParam("id") long id) {
        monitoring.end(id, MonitoringChannel.REST);
    }
}
