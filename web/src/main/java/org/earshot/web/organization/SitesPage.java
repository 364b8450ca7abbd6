package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** The sites list and the site dialog. */
@Named
@ViewScoped
public class SitesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ZONE_SUGGESTIONS = 15;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<Site> sites = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findSites(filters.text("name"), page), Site::getId);

    private Long editedId;
    @NotBlank(message = "{earshot.site.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    private String name;
    private String timeZone;

    public void startNew() {
        editedId = null;
        name = null;
        timeZone = null;
    }

    public void edit(Site site) {
        editedId = site.getId();
        name = site.getName();
        timeZone = site.getTimeZone().getId();
    }

    public void save() {
        ServiceCall.change("siteForm", () -> editedId == null
                ? "Site " + organization.createSite(name, timeZone).getName() + " created"
                : "Site " + organization.updateSite(editedId, name, timeZone).getName() + " saved");
    }

    public void delete(Site site) {
        ServiceCall.change("sitesForm", () -> {
            organization.deleteSite(site.getId());
            return "Site " + site.getName() + " deleted";
        });
    }

    /** Suggestions while typing; any zone id may still be entered, the service checks it. */
    public List<String> completeTimeZone(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase();
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.toLowerCase().contains(wanted))
                .sorted().limit(ZONE_SUGGESTIONS).toList();
    }

    public ServiceBackedLazyModel<Site> getSites() {
        return sites;
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
