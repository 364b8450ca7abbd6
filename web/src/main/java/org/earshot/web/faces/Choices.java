package org.earshot.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.earshot.access.Role;
import org.earshot.audit.AuditOutcome;
import org.earshot.web.audit.KnownAuditActions;
import org.earshot.organization.CallQueue;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The options of the pages' select lists. Each list is fetched at most once per request (selects
 * need their options again when a form is submitted) and holds only what the caller may see,
 * up to the services' largest page.
 */
@Named
@RequestScoped
public class Choices {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    @EJB
    private OrganizationService organization;

    private List<Site> sites;
    private List<Team> teams;
    private List<CallQueue> queues;
    private Map<Long, User> users;

    public List<Site> getSites() {
        if (sites == null) {
            sites = organization.findSites(null, ALL).items();
        }
        return sites;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = organization.findTeams(null, null, ALL).items();
        }
        return teams;
    }

    public List<CallQueue> getQueues() {
        if (queues == null) {
            queues = organization.findQueues(null, ALL).items();
        }
        return queues;
    }

    public List<User> getUsers() {
        return List.copyOf(usersById().values());
    }

    /** "username (display name)" for pick lists, which hold user ids. */
    public String userLabel(Long userId) {
        User user = usersById().get(userId);
        return user == null ? String.valueOf(userId) : user.getUsername() + " (" + user.getDisplayName() + ")";
    }

    private Map<Long, User> usersById() {
        if (users == null) {
            users = organization.findUsers(null, null, ALL).items().stream()
                    .collect(Collectors.toMap(User::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        }
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public MonitoringMode[] getModes() {
        return MonitoringMode.values();
    }

    /** Every capability's audit actions, as the trail stores them ("monitoring.MONITOR_START"). */
    public List<String> getAuditActions() {
        return KnownAuditActions.names();
    }

    public AuditOutcome[] getAuditOutcomes() {
        return AuditOutcome.values();
    }
}
