package org.earshot.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.earshot.access.PermissionReviewService;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("permission-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permission reviews", description = "Periodic review of grants: certify what is still right, revoke the rest")
public class PermissionReviewResource {

    /** The reviewer's comment; required when revoking. */
    public record ReviewComment(String comment) {
    }

    @EJB
    private PermissionReviewService reviews;

    @GET
    @Path("findings")
    @Operation(summary = "Active grants unreviewed or unused for too long, or left over after a team move")
    public ListView<ReviewFindingView> findings(
            @QueryParam("unreviewedDays") @DefaultValue("90") @Parameter(description = "Review period in days") int unreviewedDays,
            @QueryParam("unusedDays") @DefaultValue("60") @Parameter(description = "Usage period in days") int unusedDays,
            @BeanParam PageParams page) {
        return ListView.of(reviews.findings(unreviewedDays, unusedDays), page.toRequest(), ReviewFindingView::of);
    }

    @POST
    @Path("{grantId}/certify")
    @Operation(summary = "Confirm a grant is still right for its holder")
    public GrantView certify(@PathParam("grantId") long grantId, @RequestBody(required = false) ReviewComment request) {
        return GrantView.of(reviews.certify(grantId, comment(request)));
    }

    @POST
    @Path("{grantId}/revoke")
    @Operation(summary = "Revoke a grant the review found no longer right")
    public GrantView revoke(@PathParam("grantId") long grantId, @RequestBody(required = false) ReviewComment request) {
        return GrantView.of(reviews.revoke(grantId, comment(request)));
    }

    private static String comment(ReviewComment request) {
        return request == null ? null : request.comment();
    }
}
