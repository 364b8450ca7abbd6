package org.earshot.web.dashboard;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSet.FilterSetView;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/filter-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class DashboardFilterSetResource {

    /** A name for the filter given as the dashboard's query parameters; its range is kept as the last N days. */
    public record SaveRequest(String dashboard, String name) {
    }

    @EJB
    private DashboardFilterSets filterSets;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The caller's saved filter sets of a dashboard, by name")
    public ListView<FilterSetView> list(@QueryParam("dashboard") @Parameter(description = "e.g. quality") String dashboard,
                                        @BeanParam PageParams page) {
        return ListView.of(filterSets.mine(dashboard == null ? "" : dashboard), page.toRequest(), s -> s);
    }

    @POST
    @Operation(summary = "Save the filter of the query parameters (from, to, site, team, queue, agent, form) under a name")
    @APIResponse(responseCode = "201", description = "Saved; Location names it")
    @APIResponse(responseCode = "400", description = "No name, or a filter the dashboard refuses, on its field")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a filter id out of the caller's scope (audited)")
    @APIResponse(responseCode = "409", description = "The caller has a filter set of that name already")
    public Response save(@BeanParam DashboardParams filter, SaveRequest request) {
        SaveRequest save = requireBody(request);
        DashboardFilter checked = filter.toFilter();
        FilterSetView saved = filterSets.save(save.dashboard() == null ? "" : save.dashboard(), save.name(), checked);
        return Created.at(uri, saved.id(), saved);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The saved filter as of today: the last N days up to today and the ids saved")
    @APIResponse(responseCode = "404", description = "Not a filter set of the caller's")
    public DashboardFilter apply(@PathParam("id") long id) {
        return filterSets.apply(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of the caller's filter sets")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not a filter set of the caller's")
    public void delete(@PathParam("id") long id) {
        filterSets.delete(id);
    }
}
