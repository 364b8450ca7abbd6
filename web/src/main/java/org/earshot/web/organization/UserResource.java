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
import org.earshot.organization.NewUser;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.User;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Agents, supervisors and staff; agents' phone extensions")
public class UserResource {

    /** A new user with their first login password. */
    public record NewUserRequest(
            @NotNull(message = "{earshot.user.username}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{earshot.user.username}") String username,
            @NotBlank(message = "{earshot.user.displayName}") @Size(max = 200, message = "{earshot.user.displayName}") String displayName,
            String email, String password, Long teamId) {
    }

    /** A user's new name, e-mail address and team (none for staff outside any team). */
    public record UserUpdate(
            @NotBlank(message = "{earshot.user.displayName}") @Size(max = 200, message = "{earshot.user.displayName}") String displayName,
            String email, Long teamId) {
    }

    /** The extension an agent's phone registers as, and its SIP password (kept only as digests). */
    public record PhoneRequest(
            @Schema(example = "1007") @NotNull(message = "{earshot.user.extension}") @Pattern(regexp = "[0-9]{2,16}", message = "{earshot.user.extension}") String extension,
            String sipPassword) {
    }

    /** Whether the user may log in. */
    public record ActiveRequest(@NotNull(message = "{earshot.user.active.required}") Boolean active) {
    }

    @EJB
    private OrganizationService organization;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Users the caller's grants reach; an agent sees only themselves")
    public ListView<UserView> list(@QueryParam("text") @Parameter(description = "Part of the username or display name") String text,
                                   @QueryParam("teamId") @Parameter(description = "Only members of this team") Long teamId,
                                   @BeanParam PageParams page) {
        return ListView.of(organization.findUsers(text, teamId, page.toRequest()), this::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user the caller's grants reach")
    public UserView get(@PathParam("id") long id) {
        return view(organization.getUser(id));
    }

    @POST
    @Operation(summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(NewUserRequest request) {
        NewUserRequest user = requireBody(request);
        UserView created = view(organization.createUser(new NewUser(user.username(), user.displayName(), user.email(),
                chars(user.password()), user.teamId())));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user's name, e-mail address or team")
    public UserView update(@PathParam("id") long id, UserUpdate request) {
        UserUpdate user = requireBody(request);
        return view(organization.updateUser(id, user.displayName(), user.email(), user.teamId()));
    }

    @PUT
    @Path("{id}/extension")
    @Operation(summary = "Give an agent an extension and SIP password, or change them")
    public UserView assignExtension(@PathParam("id") long id, PhoneRequest request) {
        PhoneRequest phone = requireBody(request);
        return view(organization.assignExtension(id, phone.extension(), chars(phone.sipPassword())).getUser());
    }

    @PUT
    @Path("{id}/active")
    @Operation(summary = "Activate or deactivate a user's login")
    public UserView setActive(@PathParam("id") long id, ActiveRequest request) {
        return view(organization.setActive(id, requireBody(request).active()));
    }

    private UserView view(User user) {
        return UserView.of(user, organization.sipAccountOf(user));
    }

    private static char[] chars(String secret) {
        return secret == null ? null : secret.toCharArray();
    }
}
