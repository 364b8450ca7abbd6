package org.earshot.web.recording;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPolicy;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingPolicyView;
import org.earshot.web.rest.PolicyQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recording-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recording policies", description = "Which calls are recorded, per queue and the organization default; administrators only, audited")
public class RecordingPolicyResource {

    /** A recording policy as it is set; autoResumeSeconds null: a pause lasts until someone resumes. */
    public record PolicyRequest(
            @NotNull(message = "{earshot.recording.mode.required}") RecordingMode mode,
            @Min(value = 1, message = "{earshot.recording.samplePercent}") @Max(value = 100, message = "{earshot.recording.samplePercent}")
            int samplePercent,
            boolean keepSupervisorAudio,
            @Min(value = 1, message = "{earshot.recording.retentionDays}")
            @Max(value = RecordingPolicy.MAX_RETENTION_DAYS, message = "{earshot.recording.retentionDays}") int retentionDays,
            boolean agentsMayPause,
            @Min(value = RecordingPolicy.MIN_AUTO_RESUME_SECONDS, message = "{earshot.recording.autoResumeSeconds}")
            @Max(value = RecordingPolicy.MAX_AUTO_RESUME_SECONDS, message = "{earshot.recording.autoResumeSeconds}")
            Integer autoResumeSeconds) {

        RecordingPolicySettings settings() {
            return new RecordingPolicySettings(mode, samplePercent, keepSupervisorAudio, retentionDays, agentsMayPause, autoResumeSeconds);
        }
    }

    @EJB
    private RecordingPolicyService policies;

    @GET
    @Operation(summary = "The organization default (queueId null), then every queue's policy; inherited: the queue follows the default")
    public List<RecordingPolicyView> list() {
        return policies.policies();
    }

    @GET
    @Path("{queue}")
    @Operation(summary = "One queue's recording policy, or the organization default")
    public RecordingPolicyView get(@PathParam("queue") @Parameter(description = "A queue's id, or \"default\"") String queue) {
        return policies.policyOf(PolicyQueue.idOf(queue));
    }

    @PUT
    @Path("{queue}")
    @Operation(summary = "Set a queue's recording policy (it stops following the default), or the organization default")
    @APIResponse(responseCode = "400", description = "A setting out of range, named in the problem's field errors")
    public RecordingPolicyView change(@PathParam("queue") @Parameter(description = "A queue's id, or \"default\"") String queue,
                                      PolicyRequest request) {
        return policies.change(PolicyQueue.idOf(queue), requireBody(request).settings());
    }
}
