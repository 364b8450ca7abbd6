package org.earshot.web.organization;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
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

@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Contact-center locations; teams and queues belong to one site")
public class SiteResource {

    /** A new site, or a site's new name and time zone. */
    public record SiteRequest(
            @NotBlank(message = "{earshot.site.name.required}") @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}") String name,
            @Schema(example = "Europe/Lisbon") String timeZone) {
    }

    @EJB
    private OrganizationService organization;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Sites the caller's grants reach")
    public ListView<SiteView> list(@QueryParam("name") @Parameter(description = "Part of the name") String name,
                                   @BeanParam PageParams page) {
        return ListView.of(organization.findSites(name, page.toRequest()), SiteView::of);
    }

    @POST
    @Operation(summary = "Create a site")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SiteView.class)))
    public Response create(SiteRequest request) {
        SiteRequest site = requireBody(request);
        SiteView created = SiteView.of(organization.createSite(site.name(), site.timeZone()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a site or change its time zone")
    public SiteView update(@PathParam("id") long id, SiteRequest request) {
        SiteRequest site = requireBody(request);
        return SiteView.of(organization.updateSite(id, site.name(), site.timeZone()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a site that has no teams or queues")
    public void delete(@PathParam("id") long id) {
        organization.deleteSite(id);
    }
}
