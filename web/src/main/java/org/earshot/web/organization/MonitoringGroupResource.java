package org.earshot.web.organization;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.Set;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.Names;
import org.earshot.telephony.api.MonitoringMode;
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

@Path("monitoring-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring groups", description = "Who may monitor whose calls, and in which modes")
public class MonitoringGroupResource {

    /** A new group, or a group's new name and allowed modes. */
    public record GroupRequest(
            @NotBlank(message = "{earshot.group.name.required}") @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}") String name,
            @NotEmpty(message = "{earshot.group.modes.required}") Set<MonitoringMode> allowedModes) {
    }

    @EJB
    private MonitoringGroupService groups;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "All groups for administrators; for others the groups they monitor in")
    public ListView<MonitoringGroupView> list(@QueryParam("name") @Parameter(description = "Part of the name") String name,
                                              @BeanParam PageParams page) {
        return ListView.of(groups.findGroups(name, page.toRequest()), MonitoringGroupView::of);
    }

    @POST
    @Operation(summary = "Create a monitoring group")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MonitoringGroupView.class)))
    public Response create(GroupRequest request) {
        GroupRequest group = requireBody(request);
        MonitoringGroupView created = MonitoringGroupView.of(groups.createGroup(group.name(), group.allowedModes()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a group or change its allowed modes")
    public MonitoringGroupView update(@PathParam("id") long id, GroupRequest request) {
        GroupRequest group = requireBody(request);
        return MonitoringGroupView.of(groups.updateGroup(id, group.name(), group.allowedModes()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a monitoring group")
    public void delete(@PathParam("id") long id) {
        groups.deleteGroup(id);
    }

    @PUT
    @Path("{id}/monitors/{userId}")
    @Operation(summary = "Let a user monitor the group's members")
    public MonitoringGroupView addMonitor(@PathParam("id") long id, @PathParam("userId") long userId) {
        return MonitoringGroupView.of(groups.addMonitor(id, userId));
    }

    @DELETE
    @Path("{id}/monitors/{userId}")
    @Operation(summary = "Stop a user monitoring the group's members")
    public MonitoringGroupView removeMonitor(@PathParam("id") long id, @PathParam("userId") long userId) {
        return MonitoringGroupView.of(groups.removeMonitor(id, userId));
    }

    @PUT
    @Path("{id}/members/{userId}")
    @Operation(summary = "Put an agent's calls in reach of the group's monitors")
    public MonitoringGroupView addMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return MonitoringGroupView.of(groups.addMember(id, userId));
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @Operation(summary = "Take an agent's calls out of reach of the group's monitors")
    public MonitoringGroupView removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return MonitoringGroupView.of(groups.removeMember(id, userId));
    }
}
