package org.earshot.access;

import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;

/** The reach of a grant: the whole organization, or the union of some sites, teams and queues. */
public record GrantScope(boolean global, Set<Site> sites, Set<Team> teams, Set<CallQueue> queues) {

    public GrantScope {
        sites = Set.copyOf(sites);
        teams = Set.copyOf(teams);
        queues = Set.copyOf(queues);
    }

    public static GrantScope everything() {
        return new GrantScope(true, Set.of(), Set.of(), Set.of());
    }

    public static GrantScope of(Set<Site> sites, Set<Team> teams, Set<CallQueue> queues) {
        return new GrantScope(false, sites, teams, queues);
    }

    public static GrantScope ownData() {
        return new GrantScope(false, Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return !global && sites.isEmpty() && teams.isEmpty() && queues.isEmpty();
    }
}
