package org.earshot.web.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSet.FilterSetView;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.web.faces.ServiceCall;

/**
 * The filter inputs of a dashboard page and the user's saved filter sets of that dashboard, which every
 * dashboard's page bean holds one of and its page shows with {@code WEB-INF/includes/dashboard-filter.xhtml}:
 * the range (the last 30 days at first), site, team, queue, agent and, where the figures are of
 * evaluations, forms, chosen among what the caller's scope reaches ({@link DashboardAccess#choices});
 * saving the inputs under a name, applying a saved set to them and deleting one. The services decide;
 * refusals land on the inputs of the page's form.
 */
public class DashboardFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private final String dashboard;
    private final DashboardAccess dashboards;
    private final DashboardFilterSets filterSets;

    private LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(DashboardFilter.DEFAULT_DAYS - 1L);
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);
    private Long site;
    private Long team;
    private Long queue;
    private Long agent;
    private List<Long> forms = new ArrayList<>();

    private DashboardChoices choices;
    private List<FilterSetView> savedSets;
    private Long savedSet;
    private String setName;

    /** For the page's form {@code formId}, of the dashboard the saved sets are kept under ({@code quality}, {@code monitoring}). */
    public DashboardFilterForm(String formId, String dashboard, DashboardAccess dashboards, DashboardFilterSets filterSets) {
        this.formId = formId;
        this.dashboard = dashboard;
        this.dashboards = dashboards;
        this.filterSets = filterSets;
    }

    /** The filter as the inputs say. */
    public DashboardFilter filter() {
        return new DashboardFilter(from, to, site, team, queue, agent, new HashSet<>(forms));
    }

    /** Saves the inputs under the name typed. */
    public void saveSet() {
        DashboardFilter filter = filter();
        if (ServiceCall.change(formId, () -> "Filter set \"" + filterSets.save(dashboard, setName, filter).name() + "\" saved")) {
            savedSets = null;
            setName = null;
        }
    }

    /** Puts the chosen saved set, as of today, into the inputs; whether it did (then the page reads its figures again). */
    public boolean applySet() {
        if (savedSet == null) {
            return false;
        }
        return ServiceCall.query(formId, () -> filterSets.apply(savedSet)).map(filter -> {
            from = filter.from();
            to = filter.to();
            site = filter.siteId();
            team = filter.teamId();
            queue = filter.queueId();
            agent = filter.agentId();
            forms = new ArrayList<>(filter.formIds());
            return true;
        }).orElse(false);
    }

    public void deleteSet() {
        if (savedSet != null && ServiceCall.change(formId, () -> {
            filterSets.delete(savedSet);
            return "Filter set deleted";
        })) {
            savedSets = null;
            savedSet = null;
        }
    }

    public List<FilterSetView> getSavedSets() {
        if (savedSets == null) {
            savedSets = ServiceCall.query(null, () -> filterSets.mine(dashboard)).orElse(List.of());
        }
        return savedSets;
    }

    public DashboardChoices getChoices() {
        if (choices == null) {
            choices = ServiceCall.query(null, dashboards::choices).orElse(new DashboardChoices(List.of(), List.of(), List.of(), List.of(),
                    List.of()));
        }
        return choices;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public Long getQueue() {
        return queue;
    }

    public void setQueue(Long queue) {
        this.queue = queue;
    }

    public Long getAgent() {
        return agent;
    }

    public void setAgent(Long agent) {
        this.agent = agent;
    }

    public List<Long> getForms() {
        return forms;
    }

    public void setForms(List<Long> forms) {
        this.forms = forms == null ? new ArrayList<>() : forms;
    }

    public Long getSavedSet() {
        return savedSet;
    }

    public void setSavedSet(Long savedSet) {
        this.savedSet = savedSet;
    }

    public String getSetName() {
        return setName;
    }

    public void setSetName(String setName) {
        this.setName = setName;
    }
}
