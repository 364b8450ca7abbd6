package org.earshot.web.evaluation;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.earshot.calls.CallDirection;
import org.earshot.evaluation.CallCriteria;
import org.earshot.evaluation.SamplingPeriod;
import org.earshot.evaluation.SamplingPlan;
import org.earshot.evaluation.SamplingPlanSettings;
import org.earshot.evaluation.SamplingPlanView;
import org.earshot.evaluation.SamplingRunView;
import org.earshot.evaluation.SamplingService;
import org.earshot.organization.NotFoundException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sampling-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sampling", description = "Sampling rules per queue or team, their draws (kept with the seed, every pick's rank and reason),"
        + " for leads permitted MANAGE_SAMPLING whose grant reaches the rule's queue and team; audited")
public class SamplingRuleResource {

    /**
     * A sampling rule. Durations in seconds; {@code signals} are conditions written as
     * {@code silenceLongestMs >= 30000}; {@code strataQuotas} give, per agent, each stratum's (queue's) share.
     */
    public record RuleRequest(
            @NotBlank(message = "{earshot.sampling.name.required}")
            @Size(max = SamplingPlan.NAME_LENGTH, message = "{earshot.sampling.name.size}") String name,
            Long queueId, Long teamId,
            @NotNull(message = "{earshot.sampling.scorecard.required}") Long scorecardId,
            @NotNull(message = "{earshot.sampling.period.required}") SamplingPeriod period,
            @NotNull(message = "{earshot.sampling.perAgent.required}") Integer perAgent,
            Integer minimumPerAgent, Map<String, Integer> strataQuotas, Long shortestSeconds, Long longestSeconds,
            CallDirection direction, CallCriteria.Monitoring monitoring, List<String> signals, Boolean excludePausedOnly,
            Boolean excludeIncomplete, Boolean active) {

        SamplingPlanSettings toSettings() {
            return new SamplingPlanSettings(name, queueId, teamId, scorecardId, period, perAgent,
                    Objects.requireNonNullElse(minimumPerAgent, 0), strataQuotas, shortestSeconds, longestSeconds, direction, monitoring,
                    signals, Boolean.TRUE.equals(excludePausedOnly), Boolean.TRUE.equals(excludeIncomplete), !Boolean.FALSE.equals(active));
        }
    }

    /** Which period to draw: the one holding {@code day}; without it, the period that ended last. */
    public record DrawRequest(LocalDate day) {
    }

    @EJB
    private SamplingService sampling;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The sampling rules whose queue and team the caller's sampling grant reaches, by name")
    public ListView<SamplingPlanView> list(@BeanParam PageParams page) {
        return ListView.of(sampling.list(page.toRequest()), p -> p);
    }

    @POST
    @Operation(summary = "Create a sampling rule for a queue, a team or both")
    @APIResponse(responseCode = "201", description = "The rule; Location names it")
    @APIResponse(responseCode = "400", description = "A setting that makes no rule (quotas not adding up, a minimum above the number,"
            + " an unknown signal, no queue nor team), on its field")
    @APIResponse(responseCode = "403", description = "The caller may not lead sampling, or not of that queue or team (audited)")
    @APIResponse(responseCode = "409", description = "A rule has this name")
    public Response create(RuleRequest request) {
        SamplingPlanView created = sampling.create(requireBody(request).toSettings());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sampling rule, with the rule in words")
    public SamplingPlanView get(@PathParam("id") @Parameter(description = "The rule's id") long id) {
        return sampling.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a sampling rule (whole); draws already made keep the rule as it was")
    @APIResponse(responseCode = "400", description = "A setting that makes no rule, on its field")
    @APIResponse(responseCode = "409", description = "Another rule has this name")
    public SamplingPlanView update(@PathParam("id") long id, RuleRequest request) {
        return sampling.update(id, requireBody(request).toSettings());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a rule never drawn")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The rule has draws, kept for audit: deactivate it instead")
    public Response delete(@PathParam("id") long id) {
        sampling.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/draws")
    @Operation(summary = "Draw now: the rule's draw for a period (by default the one that ended last), assigning the picks")
    @APIResponse(responseCode = "201", description = "The draw, with its seed, picks and shortfalls; Location names it")
    @APIResponse(responseCode = "400", description = "The period has not started (on day)")
    @APIResponse(responseCode = "409", description = "The period is drawn already, or the rule's scorecard has no published version")
    public Response draw(@PathParam("id") long id, DrawRequest request) {
        SamplingRunView run = sampling.draw(id, request == null ? null : request.day());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).entity(run).build();
    }

    @GET
    @Path("{id}/draws")
    @Operation(summary = "The rule's draws, newest period first")
    public List<SamplingRunView> draws(@PathParam("id") long id) {
        return sampling.runs(id);
    }

    @GET
    @Path("{id}/draws/{drawId}")
    @Operation(summary = "One draw as an auditor reads it: the seed (HMAC key of every rank), the rule as drawn, each pick's rank and reason")
    public SamplingRunView drawn(@PathParam("id") long id, @PathParam("drawId") long drawId) {
        SamplingRunView run = sampling.run(drawId);
        if (run.ruleId() != id) {
            throw new NotFoundException("Rule " + id + " has no draw " + drawId);
        }
        return run;
    }
}
