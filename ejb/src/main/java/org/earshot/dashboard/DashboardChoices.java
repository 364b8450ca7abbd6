package org.earshot.dashboard;

import java.util.List;

/** What a dashboard's filter may choose from, within the caller's scope: sites, teams, queues, agents, and every form. */
public record DashboardChoices(List<Choice> sites, List<Choice> teams, List<Choice> queues, List<Choice> agents, List<Choice> forms) {

    public DashboardChoices {
        sites = List.copyOf(sites);
        teams = List.copyOf(teams);
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        forms = List.copyOf(forms);
    }

    /** One thing to choose: its id and its name. */
    public record Choice(long id, String name) {
    }
}
