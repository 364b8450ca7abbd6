package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Team;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** The teams list and the team dialog. Which teams show and who may change them is the service's call. */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<Team> teams = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findTeams(filters.text("name"), filters.id("site"), page), Team::getId);

    private Long editedId;
    @NotBlank(message = "{earshot.team.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    private String name;
    @NotNull(message = "{earshot.site.required}")
    private Long siteId;

    public void startNew() {
        editedId = null;
        name = null;
        siteId = null;
    }

    public void edit(Team team) {
        editedId = team.getId();
        name = team.getName();
        siteId = team.getSite().getId();
    }

    public void save() {
        ServiceCall.change("teamForm", () -> editedId == null
                ? "Team " + organization.createTeam(name, siteId).getName() + " created"
                : "Team " + organization.updateTeam(editedId, name, siteId).getName() + " saved");
    }

    public void delete(Team team) {
        ServiceCall.change("teamsForm", () -> {
            organization.deleteTeam(team.getId());
            return "Team " + team.getName() + " deleted";
        });
    }

    public ServiceBackedLazyModel<Team> getTeams() {
        return teams;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
