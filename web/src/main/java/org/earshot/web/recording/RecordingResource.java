package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingView;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recordings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings", description = "Recorded calls, found as the call list finds calls; the audio is at /recordings/{id}/audio")
public class RecordingResource {

    @EJB
    private RecordingQueries recordings;

    @GET
    @Operation(summary = "Recordings the caller may play, newest first: a supervisor's teams' and queues', an agent's own")
    public ListView<RecordingView> list(
            @QueryParam("from") @Parameter(description = "ISO-8601 instant; recordings started at or after") Instant from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant; recordings started at or before") Instant to,
            @QueryParam("agentId") @Parameter(description = "Only calls taken by this agent (user id)") Long agentId,
            @QueryParam("teamId") @Parameter(description = "Only calls taken by this team's agents") Long teamId,
            @QueryParam("queueId") @Parameter(description = "Only calls through this queue") Long queueId,
            @QueryParam("caller") @Parameter(description = "Part of the caller's number") String caller,
            @QueryParam("minDurationSeconds") @Parameter(description = "Recorded audio at least this long") Long minSeconds,
            @QueryParam("maxDurationSeconds") @Parameter(description = "Recorded audio at most this long") Long maxSeconds,
            @QueryParam("monitored") @Parameter(description = "true: only calls a supervisor monitored; false: only the others") Boolean monitored,
            @QueryParam("paused") @Parameter(description = "true: only recordings paused at some point; false: only the others") Boolean paused,
            @QueryParam("incomplete") @Parameter(description = "true: only recordings that stopped early; false: only the others") Boolean incomplete,
            @QueryParam("onHold") @Parameter(description = "true: only recordings a legal hold keeps; false: only the others") Boolean onHold,
            @QueryParam(SignalParameters.AT_LEAST) @Parameter(description = "A speech signal at least a value: key:value in the"
                    + " signal's unit (ms, percent, count), e.g. silenceLongestMs:30000; repeatable; a recording without signals"
                    + " meets no bound") List<String> signalAtLeast,
            @QueryParam(SignalParameters.AT_MOST) @Parameter(description = "A speech signal at most a value: key:value, e.g."
                    + " agentTalkPercent:60; repeatable") List<String> signalAtMost,
            @BeanParam PageParams page) {
        if (minSeconds != null && minSeconds < 0 || maxSeconds != null && maxSeconds < 0) {
            throw new InvalidRequestException(minSeconds != null && minSeconds < 0 ? "minDurationSeconds" : "maxDurationSeconds",
                    "A duration must not be negative");
        }
        RecordingFilter filter = new RecordingFilter(from, to, agentId, teamId, queueId, caller, millis(minSeconds), millis(maxSeconds),
                monitored, paused, incomplete, onHold, SignalParameters.criteria(signalAtLeast, signalAtMost));
        return ListView.of(recordings.find(filter, page.toRequest()), view -> view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recording with its markers (answer, holds, transfers, monitoring, pauses, keys)")
    @APIResponse(responseCode = "404", description = "No such recording, deleted, or not the caller's to play; audited")
    public RecordingDetail get(@PathParam("id") @Parameter(description = "The recording's id") UUID id) {
        return new RecordingDetail(recordings.get(id), recordings.markers(id));
    }

    private static Long millis(Long seconds) {
        return seconds == null ? null : seconds * 1000;
    }
}
