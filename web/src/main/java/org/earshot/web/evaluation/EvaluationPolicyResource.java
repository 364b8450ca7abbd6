package org.earshot.web.evaluation;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.earshot.evaluation.EvaluationPolicyService;
import org.earshot.evaluation.EvaluationPolicySettings;
import org.earshot.evaluation.EvaluationPolicyView;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.PolicyQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("evaluation-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation policies", description = "The evaluation workflow's windows and appeals, per queue and the organization default;"
        + " administrators, and for their queues the leads permitted MANAGE_SAMPLING; audited. A change applies to the steps taken"
        + " after it: running clocks keep the end their step fixed")
public class EvaluationPolicyResource {

    /** The workflow's windows in whole hours (1 to 8784) and whether a resolution may be appealed. */
    public record PolicyRequest(@WindowHours Integer submitWithinHours, @WindowHours Integer acknowledgeWithinHours,
                                @WindowHours Integer resolveWithinHours, @WindowHours Integer appealWithinHours,
                                @NotNull(message = "{earshot.evaluationPolicy.appealsAllowed.required}") Boolean appealsAllowed) {

        EvaluationPolicySettings settings() {
            return new EvaluationPolicySettings(submitWithinHours, acknowledgeWithinHours, resolveWithinHours, appealWithinHours,
                    appealsAllowed);
        }
    }

    @EJB
    private EvaluationPolicyService policies;

    @GET
    @Operation(summary = "The organization default (queueId null), then the policy of each queue the caller may set;"
            + " inherited: the queue follows the default")
    public List<EvaluationPolicyView> list() {
        return policies.policies();
    }

    @GET
    @Path("{queue}")
    @Operation(summary = "One queue's evaluation policy, or the organization default")
    public EvaluationPolicyView get(@PathParam("queue") @Parameter(description = "A queue's id, or \"default\"") String queue) {
        return policies.policyOf(PolicyQueue.idOf(queue));
    }

    @PUT
    @Path("{queue}")
    @Operation(summary = "Set a queue's evaluation policy (it stops following the default), or the organization default;"
            + " evaluations already in a window keep its end")
    @APIResponse(responseCode = "400", description = "A window out of range or missing, named in the problem's field errors")
    public EvaluationPolicyView change(@PathParam("queue") @Parameter(description = "A queue's id, or \"default\"") String queue,
                                       PolicyRequest request) {
        return policies.change(PolicyQueue.idOf(queue), requireBody(request).settings());
    }

    @DELETE
    @Path("{queue}")
    @Operation(summary = "The queue follows the organization default again (its own policy removed, audited)")
    @APIResponse(responseCode = "400", description = "\"default\": the organization default cannot be removed")
    public EvaluationPolicyView followDefault(@PathParam("queue") @Parameter(description = "A queue's id") String queue) {
        Long queueId = PolicyQueue.idOf(queue);
        if (queueId == null) {
            throw new InvalidRequestException("queue", "The organization default cannot be removed; set it instead");
        }
        return policies.followDefault(queueId);
    }
}
