package org.earshot.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("access/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access", description = "Why a user may or may not do something")
public class AccessDecisionResource {

    @EJB
    private AccessService access;

    @GET
    @Operation(summary = "The access decision for a user, with its reason, for those who manage grants or review permissions",
            description = "Name at most one target: agentId, queueId or teamId (none: the organization). Asking does not count as a use of the user's grant.")
    public AccessDecision explain(@QueryParam("user") @Parameter(description = "Username", required = true) String user,
                                  @QueryParam("action") @Parameter(required = true) Action action,
                                  @QueryParam("agentId") Long agentId,
                                  @QueryParam("queueId") Long queueId,
                                  @QueryParam("teamId") Long teamId,
                                  @QueryParam("mode") @Parameter(description = "Required for MONITOR_CALL") MonitoringMode mode) {
        if (user == null || user.isBlank()) {
            throw new InvalidRequestException("user", "Name the user whose access to explain");
        }
        if (action == null) {
            throw new InvalidRequestException("action", "Name the action to explain");
        }
        return access.explain(user.strip(), action, agentId, queueId, teamId, mode);
    }
}
