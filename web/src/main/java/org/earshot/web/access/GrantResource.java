package org.earshot.web.access;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
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
import java.util.Set;
import org.earshot.access.GrantService;
import org.earshot.access.NewGrant;
import org.earshot.access.Role;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Roles given to users over a scope, with the monitoring modes they allow")
public class GrantResource {

    /**
     * A role for a user over the whole organization (global) or some sites, teams and queues; agents'
     * grants always reach only their own data. Roles that monitor calls need at least one mode.
     */
    public record GrantRequest(@NotNull(message = "{earshot.grant.user.required}") Long userId,
                               @NotNull(message = "{earshot.grant.role.required}") Role role, Boolean global, Set<Long> siteIds, Set<Long> teamIds,
                               Set<Long> queueIds, Set<MonitoringMode> modes) {
    }

    /** Why a grant is revoked, kept with the grant and in the audit trail. */
    public record RevokeRequest(String reason) {
    }

    @EJB
    private GrantService grants;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Grants, for those who manage grants or review permissions")
    public ListView<GrantView> list(@QueryParam("user") @Parameter(description = "Part of the grantee's username or name") String user,
                                    @QueryParam("role") Role role,
                                    @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked,
                                    @BeanParam PageParams page) {
        return ListView.of(grants.findGrants(user, role, includeRevoked, page.toRequest()), GrantView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One grant")
    public GrantView get(@PathParam("id") long id) {
        return GrantView.of(grants.getGrant(id));
    }

    @POST
    @Operation(summary = "Grant a role to a user; nobody grants to themselves")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GrantView.class)))
    public Response create(GrantRequest request) {
        GrantRequest grant = requireBody(request);
        GrantView created = GrantView.of(grants.grant(new NewGrant(grant.userId(), grant.role(),
                Boolean.TRUE.equals(grant.global()), grant.siteIds(), grant.teamIds(), grant.queueIds(), grant.modes())));
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a grant; nobody revokes their own")
    public GrantView revoke(@PathParam("id") long id, @RequestBody(required = false) RevokeRequest request) {
        return GrantView.of(grants.revoke(id, request == null ? null : request.reason()));
    }
}
