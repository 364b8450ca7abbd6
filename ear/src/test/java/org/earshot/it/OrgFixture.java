package org.earshot.it;

import java.util.EnumSet;
import java.util.Set;
import org.earshot.access.Grant;
import org.earshot.access.GrantService;
import org.earshot.access.NewGrant;
import org.earshot.access.Role;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.NewUser;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Builds test organization data through the real services, as the demo administrator. Names get a
 * unique suffix because every integration test class shares one database per run.
 */
public final class OrgFixture {

    private final OrganizationService organization;
    private final GrantService grants;
    private final MonitoringGroupService groups;
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    public OrgFixture(OrganizationService organization, GrantService grants, MonitoringGroupService groups) {
        this.organization = organization;
        this.grants = grants;
        this.groups = groups;
    }

    public String unique(String name) {
        return name + " " + suffix;
    }

    public Site site(String name) {
        return As.user("admin", () -> organization.createSite(unique(name), "Europe/Lisbon"));
    }

    public Team team(String name, Site site) {
        return As.user("admin", () -> organization.createTeam(unique(name), site.getId()));
    }

    /** A user whose login password is the demo password, so tests can act as them. */
    public User user(String username, Team team) {
        String name = (username + "." + suffix).toLowerCase();
        return As.user("admin", () -> organization.createUser(
                new NewUser(name, username, null, As.DEMO_PASSWORD.toCharArray(), team == null ? null : team.getId())));
    }

    public User agent(String username, Team team, String extension) {
        User agent = user(username, team);
        As.user("admin", () -> organization.assignExtension(agent.getId(), extension, "sip-secret-1".toCharArray()));
        As.user("admin", () -> grants.grant(new NewGrant(agent.getId(), Role.AGENT, false, Set.of(), Set.of(), Set.of(), Set.of())));
        return agent;
    }

    public Grant grant(User user, Role role, Set<Long> teamIds, Set<MonitoringMode> modes) {
        return As.user("admin", () -> grants.grant(new NewGrant(user.getId(), role, false, Set.of(), teamIds, Set.of(), modes)));
    }

    public MonitoringGroup group(String name, Set<User> monitors, Set<User> members) {
        return As.user("admin", () -> {
            MonitoringGroup group = groups.createGroup(unique(name), EnumSet.allOf(MonitoringMode.class));
            monitors.forEach(m -> groups.addMonitor(group.getId(), m.getId()));
            members.forEach(m -> groups.addMember(group.getId(), m.getId()));
            return group;
        });
    }
}
