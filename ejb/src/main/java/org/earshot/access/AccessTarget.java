package org.earshot.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;

/**
 * What an action is about, reduced to what scopes are made of: the agent (if any), the team,
 * and the sites and queues it belongs to. A grant covers a target when they share any of these.
 */
public record AccessTarget(String description, Long agentUserId, Long teamId, Set<Long> siteIds, Set<Long> queueIds) {

    public AccessTarget {
        siteIds = Set.copyOf(siteIds);
        queueIds = Set.copyOf(queueIds);
    }

    /** No particular target: for organization-wide actions. */
    public static AccessTarget organization() {
        return new AccessTarget("the organization", null, null, Set.of(), Set.of());
    }

    /** An agent, reachable through their team, its site, and the queues they answer. */
    public static AccessTarget agent(User agent, Collection<CallQueue> memberOf) {
        Set<Long> sites = new HashSet<>();
        addSite(sites, agent.getSite());
        memberOf.forEach(q -> sites.add(q.getSite().getId()));
        Team team = agent.getTeam();
        return new AccessTarget("agent " + agent.getUsername(), agent.getId(), team == null ? null : team.getId(),
                sites, ids(memberOf));
    }

    public static AccessTarget team(Team team) {
        return new AccessTarget("team " + team.getName(), null, team.getId(), Set.of(team.getSite().getId()), Set.of());
    }

    public static AccessTarget queue(CallQueue queue) {
        return new AccessTarget("queue " + queue.getName(), null, null, Set.of(queue.getSite().getId()),
                Set.of(queue.getId()));
    }

    /** A call handled by an agent, possibly through a queue: in scope through either. */
    public static AccessTarget call(String callId, User agent, CallQueue queue) {
        Set<Long> sites = new HashSet<>();
        addSite(sites, agent.getSite());
        Set<Long> queues = new HashSet<>();
        if (queue != null) {
            sites.add(queue.getSite().getId());
            queues.add(queue.getId());
        }
        Team team = agent.getTeam();
        return new AccessTarget("call " + callId + " of agent " + agent.getUsername(), agent.getId(),
                team == null ? null : team.getId(), sites, queues);
    }

    public boolean isAgent(Long userId) {
        return agentUserId != null && Objects.equals(agentUserId, userId);
    }

    private static void addSite(Set<Long> sites, Site site) {
        if (site != null) {
            sites.add(site.getId());
        }
    }

    private static Set<Long> ids(Collection<CallQueue> queues) {
        Set<Long> ids = new HashSet<>();
        queues.forEach(q -> ids.add(q.getId()));
        return ids;
    }

    @Override
    public String toString() {
        return description;
    }
}
