package org.earshot.web.organization;

import org.earshot.organization.Team;

/** A team of agents and the site it works at. */
public record TeamView(Long id, String name, Long siteId, String siteName) {

    static TeamView of(Team team) {
        return new TeamView(team.getId(), team.getName(), team.getSite().getId(), team.getSite().getName());
    }
}
