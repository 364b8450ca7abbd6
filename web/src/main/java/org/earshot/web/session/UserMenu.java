package org.earshot.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.earshot.access.Action;
import org.earshot.access.Role;

/**
 * Which menu entries the logged-in user is offered. Showing an entry is a convenience only:
 * every page's data comes from EJB services that check role and scope themselves.
 */
@Named
@RequestScoped
public class UserMenu {

    @Inject
    private ExternalContext external;

    public String getUsername() {
        return external.getRemoteUser();
    }

    public boolean hasAny(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch(external::isUserInRole);
    }

    public boolean isAdmin() {
        return external.isUserInRole("ADMIN");
    }

    /** Roles whose grants permit VIEW_CALL: the calls menu. */
    public boolean isCallViewer() {
        return Arrays.stream(Role.values()).filter(role -> role.permits(Action.VIEW_CALL))
                .anyMatch(role -> external.isUserInRole(role.name()));
    }

    public boolean isGovernance() {
        return hasAny("ADMIN,COMPLIANCE");
    }
}
