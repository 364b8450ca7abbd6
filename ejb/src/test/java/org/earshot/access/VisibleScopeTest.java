package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.telephony.api.MonitoringMode.LISTEN;

import java.util.List;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

/** What a user's lists show for an action ({@link VisibleScope#of}): the union of their grants' reach. */
class VisibleScopeTest {

    private final OrgFixture org = new OrgFixture();
    private final Site north = org.site("North");
    private final Site south = org.site("South");
    private final Site west = org.site("West");
    private final Team billing = org.team("Billing", north);
    private final Team support = org.team("Support", south);
    private final Team field = org.team("Field", west);
    private final CallQueue billingLine = org.queue("Billing line", "2001", north);
    private final CallQueue supportLine = org.queue("Support line", "3001", south);
    private final User ann = org.agent("ann", billing);
    private final User sup = org.user("sup");

    @Test
    void userWithoutGrantsSeesNothing() {
        VisibleScope scope = VisibleScope.of(sup, List.of(), Action.VIEW_AGENT);

        assertThat(scope).isEqualTo(VisibleScope.NOTHING);
        assertThat(scope.includes(north)).isFalse();
        assertThat(scope.includes(billing)).isFalse();
        assertThat(scope.includes(billingLine)).isFalse();
    }

    @Test
    void scopeIsTheUnionOfSitesTeamsAndQueuesOfAllGrantsForTheAction() {
        List<Grant> grants = List.of(
                org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN).build(),
                org.grant(Role.MANAGER).to(sup).overSites(south).overQueues(billingLine).build(),
                org.grant(Role.QA_EVALUATOR).to(sup).overQueues(supportLine).overTeams(field).modes(LISTEN).build());

        VisibleScope scope = VisibleScope.of(sup, grants, Action.VIEW_CALL);

        assertThat(scope.everything()).isFalse();
        assertThat(scope.siteIds()).containsExactly(south.getId());
        assertThat(scope.teamIds()).containsExactlyInAnyOrder(billing.getId(), field.getId());
        assertThat(scope.queueIds()).containsExactlyInAnyOrder(billingLine.getId(), supportLine.getId());
        assertThat(scope.ownUserId()).isNull();
    }

    @Test
    void grantsWhoseRoleDoesNotPermitTheActionAddNothing() {
        List<Grant> grants = List.of(
                org.grant(Role.MANAGER).to(sup).overSites(north).build(),
                org.grant(Role.TRAINER).to(sup).overSites(south).modes(LISTEN).build());

        VisibleScope monitoring = VisibleScope.of(sup, grants, Action.MONITOR_CALL);
        VisibleScope dashboard = VisibleScope.of(sup, grants, Action.VIEW_DASHBOARD);

        assertThat(monitoring.siteIds()).containsExactly(south.getId());
        assertThat(dashboard.siteIds()).containsExactly(north.getId());
    }

    @Test
    void teamsAndQueuesReadAsIdsAreReachedAsTheirEntitiesAre() {
        VisibleScope scope = VisibleScope.of(sup, List.of(org.grant(Role.MANAGER).to(sup).overSites(south).overTeams(billing)
                .overQueues(billingLine).build()), Action.VIEW_DASHBOARD);

        assertThat(scope.includesTeam(billing.getId(), north.getId())).as("the team granted").isTrue();
        assertThat(scope.includesTeam(support.getId(), south.getId())).as("a team of the site granted").isTrue();
        assertThat(scope.includesTeam(field.getId(), west.getId())).isFalse();
        assertThat(scope.includesQueue(billingLine.getId(), north.getId())).as("the queue granted").isTrue();
        assertThat(scope.includesQueue(supportLine.getId(), south.getId())).as("a queue of the site granted").isTrue();
        assertThat(scope.includesSite(south.getId())).isTrue();
        assertThat(scope.includesSite(north.getId())).as("a team and a queue of it, not the site").isFalse();
    }

    @Test
    void anyGlobalGrantMeansEverything() {
        List<Grant> grants = List.of(
                org.grant(Role.MANAGER).to(sup).overTeams(billing).build(),
                org.grant(Role.SUPERVISOR).to(sup).overEverything().modes(LISTEN).build());

        VisibleScope scope = VisibleScope.of(sup, grants, Action.VIEW_AGENT);

        assertThat(scope.everything()).isTrue();
        assertThat(scope.includes(field)).isTrue();
        assertThat(scope.includes(west)).isTrue();
        assertThat(scope.includes(supportLine)).isTrue();
    }

    @Test
    void revokedGrantsAddNothing() {
        Grant global = org.grant(Role.MANAGER).to(sup).overEverything().build();
        Grant team = org.grant(Role.MANAGER).to(sup).overTeams(billing).build();
        global.revoke("admin", OrgFixture.NOW, "too wide");

        VisibleScope scope = VisibleScope.of(sup, List.of(global, team), Action.VIEW_AGENT);

        assertThat(scope.everything()).isFalse();
        assertThat(scope.teamIds()).containsExactly(billing.getId());
    }

    @Test
    void agentSeesOnlyOwnDataWhateverTheGrantSays() {
        Grant own = org.grant(Role.AGENT).to(ann).overSites(north).build();

        VisibleScope scope = VisibleScope.of(ann, List.of(own), Action.VIEW_CALL);

        assertThat(scope.ownUserId()).isEqualTo(ann.getId());
        assertThat(scope.everything()).isFalse();
        assertThat(scope.siteIds()).isEmpty();
        assertThat(scope.includes(billing)).isFalse();
    }

    @Test
    void agentGrantAddsOwnDataToOtherGrants() {
        List<Grant> grants = List.of(
                org.grant(Role.AGENT).to(ann).build(),
                org.grant(Role.TRAINER).to(ann).overTeams(support).modes(LISTEN).build());

        VisibleScope scope = VisibleScope.of(ann, grants, Action.VIEW_CALL);

        assertThat(scope.ownUserId()).isEqualTo(ann.getId());
        assertThat(scope.teamIds()).containsExactly(support.getId());
    }

    @Test
    void teamIsIncludedThroughItselfOrItsSite() {
        VisibleScope teams = VisibleScope.of(sup, List.of(org.grant(Role.MANAGER).to(sup).overTeams(billing).build()), Action.VIEW_AGENT);
        VisibleScope sites = VisibleScope.of(sup, List.of(org.grant(Role.MANAGER).to(sup).overSites(south).build()), Action.VIEW_AGENT);

        assertThat(teams.includes(billing)).isTrue();
        assertThat(teams.includes(support)).isFalse();
        assertThat(teams.includes(north)).as("a team grant does not show the whole site").isFalse();
        assertThat(sites.includes(support)).isTrue();
        assertThat(sites.includes(south)).isTrue();
        assertThat(sites.includes(billing)).isFalse();
    }

    @Test
    void queueIsIncludedThroughItselfOrItsSite() {
        VisibleScope queues = VisibleScope.of(sup, List.of(org.grant(Role.MANAGER).to(sup).overQueues(billingLine).build()), Action.VIEW_CALL);
        VisibleScope sites = VisibleScope.of(sup, List.of(org.grant(Role.MANAGER).to(sup).overSites(south).build()), Action.VIEW_CALL);

        assertThat(queues.includes(billingLine)).isTrue();
        assertThat(queues.includes(supportLine)).isFalse();
        assertThat(sites.includes(supportLine)).isTrue();
        assertThat(sites.includes(billingLine)).isFalse();
    }

    @Test
    void emptyIdListsBecomeAnIdNoRowHasForQueries() {
        assertThat(VisibleScope.NOTHING.siteIdsOrNone()).containsExactly(-1L);
        assertThat(VisibleScope.NOTHING.teamIdsOrNone()).containsExactly(-1L);
        assertThat(VisibleScope.NOTHING.queueIdsOrNone()).containsExactly(-1L);
        assertThat(VisibleScope.NOTHING.ownUserIdOrNone()).isEqualTo(-1L);

        VisibleScope scope = VisibleScope.of(ann, List.of(org.grant(Role.AGENT).to(ann).build()), Action.VIEW_CALL);
        assertThat(scope.ownUserIdOrNone()).isEqualTo(ann.getId());
    }
}
