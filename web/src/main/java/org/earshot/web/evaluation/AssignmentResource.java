package org.earshot.web.evaluation;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.earshot.evaluation.AssignmentView;
import org.earshot.evaluation.SamplingService;
import org.earshot.evaluation.Workload;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The evaluator's work queue, a lead's view of the workload in scope, assigning and reassigning;"
        + " audited")
public class AssignmentResource {

    /** Who is to evaluate. */
    public record EvaluatorRequest(@NotNull(message = "{earshot.sampling.evaluator.required}") Long evaluatorId) {
    }

    /** A pick that no evaluator had in scope at its draw, and who is to evaluate it. */
    public record PickRequest(@NotNull(message = "{earshot.sampling.pick.required}") Long pickId,
                              @NotNull(message = "{earshot.sampling.evaluator.required}") Long evaluatorId) {
    }

    @EJB
    private SamplingService sampling;

    @GET
    @Operation(summary = "The caller's work queue: overdue, then due (assigned), then drafts they started; open each by its evaluationId")
    public ListView<AssignmentView> mine(@BeanParam PageParams page) {
        return ListView.of(sampling.workQueue(), page.toRequest(), a -> a);
    }

    @GET
    @Path("workload")
    @Operation(summary = "A lead's view: each evaluator's load, the assigned drafts on calls in scope, picks waiting for an evaluator")
    @APIResponse(responseCode = "403", description = "The caller does not lead sampling (audited)")
    public Workload workload() {
        return sampling.workload();
    }

    @POST
    @Operation(summary = "Assign a pick that no evaluator had in scope at its draw")
    @APIResponse(responseCode = "201", description = "The assigned evaluation")
    @APIResponse(responseCode = "400", description = "The evaluator does not have the call in scope, or is its agent (on evaluatorId)")
    @APIResponse(responseCode = "403", description = "The call is outside the caller's sampling scope (audited)")
    @APIResponse(responseCode = "409", description = "The pick is assigned already")
    public Response assign(PickRequest request) {
        PickRequest pick = requireBody(request);
        AssignmentView assigned = sampling.assignPick(pick.pickId(), pick.evaluatorId());
        return Response.status(Response.Status.CREATED).entity(assigned).build();
    }

    @POST
    @Path("{evaluationId}/reassign")
    @Operation(summary = "Hand an assigned draft to another evaluator who has its call in scope; answers and due date stay")
    @APIResponse(responseCode = "400", description = "The evaluator does not have the call in scope, is its agent or has it already")
    @APIResponse(responseCode = "403", description = "The call is outside the caller's sampling scope (audited)")
    @APIResponse(responseCode = "409", description = "Not an assigned draft")
    public AssignmentView reassign(@PathParam("evaluationId") long evaluationId, EvaluatorRequest request) {
        return sampling.reassign(evaluationId, requireBody(request).evaluatorId());
    }
}
