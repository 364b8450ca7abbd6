package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
public class SitesPage extends ItemDialog {

    private static final long serialVersionUID = 1L;
    private static final int ZONE_SUGGESTIONS = 15;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<Site> sites = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findSites(filters.text("name"), page), Site::getId);

    private String timeZone;

    public void startNew() {
        open(null, null);
        timeZone = null;
    }

    public void edit(Site site) {
        open(site.getId(), site.getName());
        timeZone = site.getTimeZone().getId();
    }

    public void save() {
        ServiceCall.change("siteForm", () -> !isEditing()
                ? "Site " + organization.createSite(getName(), timeZone).getName() + " created"
                : "Site " + organization.updateSite(editedId(), getName(), timeZone).getName() + " saved");
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

    @Override
    @NotBlank(message = "{earshot.site.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    public String getName() {
        return super.getName();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
