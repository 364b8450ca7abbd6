package org.earshot.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.earshot.access.Role;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Builds a small organization in memory, giving every object an id as the database would. Ids
 * are unique across all kinds of object, so code that compared a team id with a site id (say)
 * could not pass by accident.
 */
public final class OrgFixture {

    /** The "now" of every test that needs one; instants in fixtures are relative to it. */
    public static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

    private long nextId = 100;

    public Site site(String name) {
        return Fields.withId(new Site(name, ZoneId.of("Europe/Berlin")), nextId());
    }

    public Team team(String name, Site site) {
        return Fields.withId(new Team(name, site), nextId());
    }

    /** A queue at a site, answered by the given agents. */
    public CallQueue queue(String name, String number, Site site, User... members) {
        CallQueue queue = Fields.withId(new CallQueue(name, number, site), nextId());
        for (User member : members) {
            queue.addMember(member);
        }
        return queue;
    }

    /** A user in no team: staff such as supervisors, evaluators and administrators. */
    public User user(String username) {
        return Fields.withId(new User(username, displayName(username), null, NOW.minusSeconds(86_400 * 400L)), nextId());
    }

    /** A user who works in a team, and so at the team's site. */
    public User agent(String username, Team team) {
        User agent = user(username);
        agent.assignTo(team);
        return agent;
    }

    /** A monitoring group in which the monitor may use the modes on the members' calls. */
    public MonitoringGroup monitoringGroup(User monitor, List<User> members, MonitoringMode first, MonitoringMode... more) {
        MonitoringGroup group = Fields.withId(new MonitoringGroup("group of " + monitor.getUsername(), EnumSet.of(first, more)),
                nextId());
        group.addMonitor(monitor);
        members.forEach(group::addMember);
        return group;
    }

    /** Starts a grant of the role, given {@link #NOW} by "admin" unless the builder says otherwise. */
    public GrantBuilder grant(Role role) {
        return new GrantBuilder(role, nextId());
    }

    private long nextId() {
        return nextId++;
    }

    private static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }
}
