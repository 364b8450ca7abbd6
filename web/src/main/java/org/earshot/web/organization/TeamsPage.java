package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Team;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** The teams list and the team dialog. Which teams show and who may change them is the service's call. */
@Named
@ViewScoped
public class TeamsPage extends ItemDialog {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<Team> teams = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findTeams(filters.text("name"), filters.id("site"), page), Team::getId);

    @NotNull(message = "{earshot.site.required}")
    private Long siteId;

    public void startNew() {
        open(null, null);
        siteId = null;
    }

    public void edit(Team team) {
        open(team.getId(), team.getName());
        siteId = team.getSite().getId();
    }

    public void save() {
        ServiceCall.change("teamForm", () -> !isEditing()
                ? "Team " + organization.createTeam(getName(), siteId).getName() + " created"
                : "Team " + organization.updateTeam(editedId(), getName(), siteId).getName() + " saved");
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

    @Override
    @NotBlank(message = "{earshot.team.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    public String getName() {
        return super.getName();
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
