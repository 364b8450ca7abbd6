package org.earshot.web.organization;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationService;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Groups of agents at a site, led by supervisors whose grants name them")
public class TeamResource {

    /** A new team, or a team's new name and site. */
    public record TeamRequest(
            @NotBlank(message = "{earshot.team.name.required}") @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}") String name,
            @NotNull(message = "{earshot.site.required}") Long siteId) {
    }

    @EJB
    private OrganizationService organization;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Teams the caller's grants reach")
    public ListView<TeamView> list(@QueryParam("name") @Parameter(description = "Part of the name") String name,
                                   @QueryParam("siteId") @Parameter(description = "Only teams of this site") Long siteId,
                                   @BeanParam PageParams page) {
        return ListView.of(organization.findTeams(name, siteId, page.toRequest()), TeamView::of);
    }

    @POST
    @Operation(summary = "Create a team")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(TeamRequest request) {
        TeamRequest team = requireBody(request);
        TeamView created = TeamView.of(organization.createTeam(team.name(), team.siteId()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a team or move it to another site")
    public TeamView update(@PathParam("id") long id, TeamRequest request) {
        TeamRequest team = requireBody(request);
        return TeamView.of(organization.updateTeam(id, team.name(), team.siteId()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a team that has no members and is in no active grant")
    public void delete(@PathParam("id") long id) {
        organization.deleteTeam(id);
    }
}
