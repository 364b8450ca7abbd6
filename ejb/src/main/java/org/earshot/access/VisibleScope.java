package org.earshot.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;

/**
 * The union of what a user's grants reach for one action: everything, or some sites, teams and
 * queues, plus the user's own data for self-scoped roles. List queries filter with it, so a
 * supervisor's lists hold only what is in scope.
 */
public record VisibleScope(boolean everything, Set<Long> siteIds, Set<Long> teamIds, Set<Long> queueIds, Long ownUserId) {

    /** An id no row has, so "IN (...)" lists are never empty (not every database accepts that). */
    private static final Long NONE = -1L;

    public static final VisibleScope NOTHING = new VisibleScope(false, Set.of(), Set.of(), Set.of(), null);

    public VisibleScope {
        siteIds = Set.copyOf(siteIds);
        teamIds = Set.copyOf(teamIds);
        queueIds = Set.copyOf(queueIds);
    }

    static VisibleScope of(User user, Collection<Grant> grants, Action action) {
        boolean everything = false;
        Long own = null;
        Set<Long> sites = new HashSet<>();
        Set<Long> teams = new HashSet<>();
        Set<Long> queues = new HashSet<>();
        for (Grant grant : grants) {
            if (!grant.isActive() || !grant.getRole().permits(action)) {
                continue;
            }
            if (grant.getRole().isSelfScoped()) {
                own = user.getId();
            } else if (grant.isGlobalScope()) {
                everything = true;
            } else {
                grant.getSites().forEach(s -> sites.add(s.getId()));
                grant.getTeams().forEach(t -> teams.add(t.getId()));
                grant.getQueues().forEach(q -> queues.add(q.getId()));
            }
        }
        return new VisibleScope(everything, sites, teams, queues, own);
    }

    public boolean includes(Team team) {
        return includesTeam(team.getId(), team.getSite().getId());
    }

    public boolean includes(CallQueue queue) {
        return includesQueue(queue.getId(), queue.getSite().getId());
    }

    public boolean includes(Site site) {
        return includesSite(site.getId());
    }

    /** As {@link #includes(Team)}, of a team read as its id and its site's (a list of names, no entity loaded). */
    public boolean includesTeam(long teamId, long siteId) {
        return everything || teamIds.contains(teamId) || siteIds.contains(siteId);
    }

    /** As {@link #includes(CallQueue)}, of a queue read as its id and its site's. */
    public boolean includesQueue(long queueId, long siteId) {
        return everything || queueIds.contains(queueId) || siteIds.contains(siteId);
    }

    public boolean includesSite(long siteId) {
        return everything || siteIds.contains(siteId);
    }

    public Set<Long> siteIdsOrNone() {
        return orNone(siteIds);
    }

    public Set<Long> teamIdsOrNone() {
        return orNone(teamIds);
    }

    public Set<Long> queueIdsOrNone() {
        return orNone(queueIds);
    }

    public Long ownUserIdOrNone() {
        return ownUserId == null ? NONE : ownUserId;
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(NONE) : ids;
    }
}
