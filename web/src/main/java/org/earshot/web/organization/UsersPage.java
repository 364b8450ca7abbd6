package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.earshot.organization.NewUser;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.User;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** Users and agents: the list, the user dialog, activation, and the agent's extension dialog. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<User> users = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findUsers(filters.text("username"), filters.id("team"), page), User::getId);

    // The shown page's extensions, fetched together for the rows they were fetched for.
    private transient List<User> extensionsFetchedFor;
    private transient Map<Long, String> extensions;

    private Long editedId;
    @NotNull(message = "{earshot.user.username}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{earshot.user.username}")
    private String username;
    @NotBlank(message = "{earshot.user.displayName}")
    @Size(max = 200, message = "{earshot.user.displayName}")
    private String displayName;
    private String email;
    private String password;
    private Long teamId;

    private Long phoneUserId;
    private String phoneUsername;
    @NotNull(message = "{earshot.user.extension}")
    @Pattern(regexp = "[0-9]{2,16}", message = "{earshot.user.extension}")
    private String extension;
    private String sipPassword;

    public void startNew() {
        editedId = null;
        username = null;
        displayName = null;
        email = null;
        password = null;
        teamId = null;
    }

    public void edit(User user) {
        editedId = user.getId();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        password = null;
        teamId = user.getTeam() == null ? null : user.getTeam().getId();
    }

    public void save() {
        ServiceCall.change("userForm", () -> editedId == null
                ? "User " + organization.createUser(new NewUser(username, displayName, email, password.toCharArray(), teamId)).getUsername() + " created"
                : "User " + organization.updateUser(editedId, displayName, email, teamId).getUsername() + " saved");
        password = null; // kept no longer than the request that used it; the field never redisplays it
    }

    public void setActive(User user, boolean active) {
        ServiceCall.change("usersForm", () -> "User " + organization.setActive(user.getId(), active).getUsername()
                + (active ? " activated" : " deactivated"));
    }

    public void startPhone(User user) {
        phoneUserId = user.getId();
        phoneUsername = user.getUsername();
        extension = extensionOf(user);
        sipPassword = null;
    }

    public void savePhone() {
        ServiceCall.change("phoneForm", () -> "Extension "
                + organization.assignExtension(phoneUserId, extension, sipPassword.toCharArray()).getExtension()
                + " set for " + phoneUsername);
        sipPassword = null;
    }

    /** The row's extension, or null; the first row asks for the whole shown page at once. */
    public String extensionOf(User user) {
        List<User> shown = users.getWrappedData();
        if (extensions == null || shown != extensionsFetchedFor) {
            extensionsFetchedFor = shown;
            extensions = organization.extensionsOf(shown == null ? List.of() : shown);
        }
        return extensions.get(user.getId());
    }

    public ServiceBackedLazyModel<User> getUsers() {
        return users;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getPhoneUsername() {
        return phoneUsername;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getSipPassword() {
        return sipPassword;
    }

    public void setSipPassword(String sipPassword) {
        this.sipPassword = sipPassword;
    }
}
