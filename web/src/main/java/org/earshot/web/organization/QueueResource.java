package org.earshot.web.organization;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues", description = "Call queues: the numbers callers dial and the agents who answer them")
public class QueueResource {

    /** A new queue, or a queue's new name, number and site. The number shares the dial plan with extensions. */
    public record QueueRequest(
            @NotBlank(message = "{earshot.queue.name.required}") @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}") String name,
            @Schema(example = "6003") @NotNull(message = "{earshot.queue.number}") @Pattern(regexp = "[0-9*#+]{2,32}", message = "{earshot.queue.number}") String number,
            @NotNull(message = "{earshot.site.required}") Long siteId) {
    }

    @EJB
    private OrganizationService organization;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Queues the caller's grants reach")
    public ListView<QueueView> list(@QueryParam("name") @Parameter(description = "Part of the name, or of the number") String name,
                                    @BeanParam PageParams page) {
        return ListView.of(organization.findQueuesWithMembers(name, page.toRequest()), QueueView::of);
    }

    @POST
    @Operation(summary = "Create a queue")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QueueView.class)))
    public Response create(QueueRequest request) {
        QueueRequest queue = requireBody(request);
        QueueView created = QueueView.of(organization.createQueue(queue.name(), queue.number(), queue.siteId()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename, renumber or move a queue")
    public QueueView update(@PathParam("id") long id, QueueRequest request) {
        QueueRequest queue = requireBody(request);
        return QueueView.of(organization.updateQueue(id, queue.name(), queue.number(), queue.siteId()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a queue that has no members")
    public void delete(@PathParam("id") long id) {
        organization.deleteQueue(id);
    }

    @PUT
    @Path("{id}/members/{userId}")
    @Operation(summary = "Let an agent with an extension answer the queue")
    public QueueView addMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return QueueView.of(organization.addQueueMember(id, userId));
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @Operation(summary = "Stop an agent answering the queue")
    public QueueView removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return QueueView.of(organization.removeQueueMember(id, userId));
    }
}
