package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.telephony.api.MonitoringMode.BARGE;
import static org.earshot.telephony.api.MonitoringMode.LISTEN;
import static org.earshot.telephony.api.MonitoringMode.WHISPER;
import static org.earshot.testing.OrgFixture.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a single grant: what it may be given as, what it reaches, and its life cycle. */
class GrantTest {

    private final OrgFixture org = new OrgFixture();
    private final Site north = org.site("North");
    private final Site south = org.site("South");
    private final Team billing = org.team("Billing", north);
    private final Team support = org.team("Support", south);
    private final User ann = org.agent("ann", billing);
    private final User bob = org.agent("bob", support);
    private final CallQueue billingLine = org.queue("Billing line", "2001", north, ann);
    private final CallQueue supportLine = org.queue("Support line", "3001", south, bob);
    private final User sup = org.agent("sup.billing", billing);

    @Nested
    class WhatMayBeGranted {

        @ParameterizedTest(name = "{0} needs at least one monitoring mode")
        @EnumSource(value = Role.class, names = {"SUPERVISOR", "QA_EVALUATOR", "TRAINER", "COMPLIANCE"})
        void monitoringRoleNeedsAtLeastOneMode(Role role) {
            assertThatThrownBy(() -> new Grant(sup, role, GrantScope.everything(), Set.of(), "admin", NOW))
                    .isInstanceOfSatisfying(GrantException.class, e -> assertThat(e.getField()).isEqualTo("modes"))
                    .hasMessage("Choose at least one monitoring mode for " + role);
        }

        @ParameterizedTest(name = "{0} allows no monitoring modes")
        @EnumSource(value = Role.class, names = {"ADMIN", "MANAGER", "AGENT"})
        void nonMonitoringRoleMustNotHaveModes(Role role) {
            GrantScope scope = role.isSelfScoped() ? GrantScope.ownData() : GrantScope.everything();

            assertThatThrownBy(() -> new Grant(sup, role, scope, Set.of(LISTEN), "admin", NOW))
                    .isInstanceOfSatisfying(GrantException.class, e -> assertThat(e.getField()).isEqualTo("modes"))
                    .hasMessageContaining(role + " cannot monitor calls");
        }

        @ParameterizedTest(name = "{0} needs a scope")
        @EnumSource(value = Role.class, names = {"ADMIN", "SUPERVISOR", "QA_EVALUATOR", "TRAINER", "MANAGER", "COMPLIANCE"})
        void nonSelfScopedRoleNeedsAScope(Role role) {
            Set<MonitoringMode> modes = role == Role.ADMIN || role == Role.MANAGER ? Set.of() : Set.of(LISTEN);

            assertThatThrownBy(() -> new Grant(sup, role, GrantScope.ownData(), modes, "admin", NOW))
                    .isInstanceOfSatisfying(GrantException.class, e -> assertThat(e.getField()).isEqualTo("scope"))
                    .hasMessageContaining("Choose the sites, teams or queues");
        }

        @Test
        void agentGrantNeedsNoScope() {
            Grant grant = new Grant(ann, Role.AGENT, GrantScope.ownData(), Set.of(), "admin", NOW);

            assertThat(grant.isActive()).isTrue();
            assertThat(grant.describeScope()).isEqualTo("own data");
        }

        @Test
        void grantRemembersWhoGaveItWhenAndTheGranteesTeam() {
            Instant at = NOW.minus(Duration.ofDays(3));

            Grant grant = new Grant(sup, Role.SUPERVISOR, GrantScope.of(Set.of(), Set.of(billing), Set.of()), Set.of(LISTEN), "root", at);

            assertThat(grant.getGrantedBy()).isEqualTo("root");
            assertThat(grant.getGrantedAt()).isEqualTo(at);
            assertThat(grant.getGranteeTeam()).isSameAs(billing);
            assertThat(grant.getUser()).isSameAs(sup);
            assertThat(grant.getLastReviewedAt()).isNull();
            assertThat(grant.getLastUsedAt()).isNull();
        }

        @Test
        void grantKeepsItsOwnCopyOfTheModes() {
            Set<MonitoringMode> modes = EnumSet.of(LISTEN);
            Grant grant = new Grant(sup, Role.SUPERVISOR, GrantScope.everything(), modes, "admin", NOW);

            modes.add(BARGE);

            assertThat(grant.allows(BARGE)).isFalse();
            assertThat(grant.getModes()).containsExactly(LISTEN);
            assertThatThrownBy(() -> grant.getModes().add(BARGE)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void grantAllowsExactlyItsModes() {
            Grant grant = org.grant(Role.SUPERVISOR).to(sup).overEverything().modes(LISTEN, WHISPER).build();

            assertThat(EnumSet.allOf(MonitoringMode.class)).filteredOn(grant::allows).containsExactly(LISTEN, WHISPER);
        }

        @Test
        void scopeIsDescribedAsShownInGrantLists() {
            assertThat(org.grant(Role.MANAGER).to(sup).overEverything().build().describeScope()).isEqualTo("whole organization");
            assertThat(org.grant(Role.MANAGER).to(sup).overSites(north).build().describeScope()).isEqualTo("site North");
            assertThat(org.grant(Role.MANAGER).to(sup).overSites(north).overTeams(support).overQueues(billingLine).build()
                    .describeScope()).isEqualTo("site North, team Support, queue Billing line");
        }
    }

    @Nested
    class Covers {

        @Test
        void globalGrantCoversEveryTarget() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overEverything().build();

            assertThat(grant.covers(AccessTarget.call("c-1", bob, supportLine))).isTrue();
            assertThat(grant.covers(AccessTarget.team(billing))).isTrue();
            assertThat(grant.covers(AccessTarget.organization())).isTrue();
        }

        @Test
        void teamGrantCoversTheTeamAndItsAgentsOnly() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).build();

            assertThat(grant.covers(AccessTarget.team(billing))).isTrue();
            assertThat(grant.covers(AccessTarget.agent(ann, List.of()))).isTrue();
            assertThat(grant.covers(AccessTarget.team(support))).isFalse();
            assertThat(grant.covers(AccessTarget.agent(bob, List.of(supportLine)))).isFalse();
            assertThat(grant.covers(AccessTarget.queue(billingLine))).isFalse();
        }

        @Test
        void siteGrantCoversTeamsQueuesAndAgentsAtTheSite() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overSites(south).build();

            assertThat(grant.covers(AccessTarget.team(support))).isTrue();
            assertThat(grant.covers(AccessTarget.queue(supportLine))).isTrue();
            assertThat(grant.covers(AccessTarget.agent(bob, List.of()))).isTrue();
            assertThat(grant.covers(AccessTarget.team(billing))).isFalse();
            assertThat(grant.covers(AccessTarget.queue(billingLine))).isFalse();
        }

        @Test
        void queueGrantCoversTheQueueAndCallsThroughIt() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overQueues(supportLine).build();

            assertThat(grant.covers(AccessTarget.queue(supportLine))).isTrue();
            assertThat(grant.covers(AccessTarget.call("c-1", ann, supportLine))).isTrue();
            assertThat(grant.covers(AccessTarget.call("c-2", ann, billingLine))).isFalse();
            assertThat(grant.covers(AccessTarget.team(support))).isFalse();
        }

        @Test
        void idsOfDifferentKindsDoNotMix() {
            // A grant over the team whose id happens to equal a site id must not cover that site.
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).build();
            AccessTarget siteWithTheTeamsId = new AccessTarget("look-alike", null, null, Set.of(billing.getId()), Set.of(billing.getId()));

            assertThat(grant.covers(siteWithTheTeamsId)).isFalse();
        }

        @Test
        void agentGrantCoversOnlyTheAgentsOwnData() {
            Grant grant = org.grant(Role.AGENT).to(ann).build();

            assertThat(grant.covers(AccessTarget.call("c-1", ann, billingLine))).isTrue();
            assertThat(grant.covers(AccessTarget.agent(ann, List.of(billingLine)))).isTrue();
            assertThat(grant.covers(AccessTarget.team(billing))).isFalse();
            assertThat(grant.covers(AccessTarget.queue(billingLine))).isFalse();
            assertThat(grant.covers(AccessTarget.call("c-2", sup, billingLine))).isFalse();
            assertThat(grant.covers(AccessTarget.organization())).isFalse();
        }
    }

    @Nested
    class LifeCycle {

        @Test
        void revokedGrantIsInactiveAndRemembersWhoWhenAndWhy() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).build();

            grant.revoke("admin2", NOW.plusSeconds(60), "moved to finance");

            assertThat(grant.isActive()).isFalse();
            assertThat(grant.getRevokedBy()).isEqualTo("admin2");
            assertThat(grant.getRevokedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(grant.getRevokeReason()).isEqualTo("moved to finance");
        }

        @Test
        void revokingTwiceIsRefusedAndKeepsTheFirstRevocation() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).build();
            grant.revoke("admin2", NOW, "first");

            assertThatThrownBy(() -> grant.revoke("admin3", NOW.plusSeconds(5), "second"))
                    .isInstanceOf(GrantException.class)
                    .hasMessage("Grant " + grant.getId() + " was already revoked on " + NOW);
            assertThat(grant.getRevokedBy()).isEqualTo("admin2");
            assertThat(grant.getRevokeReason()).isEqualTo("first");
        }

        @Test
        void teamMoveOutlivesTheGrant() {
            Grant grant = org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN).build();
            assertThat(grant.outlivedTeamMove()).isFalse();

            sup.assignTo(support);

            assertThat(grant.outlivedTeamMove()).isTrue();
        }

        @Test
        void leavingAnyTeamOrJoiningOneIsATeamMove() {
            User staff = org.user("staff");
            Grant joined = org.grant(Role.MANAGER).to(staff).overSites(north).build();
            Grant left = org.grant(Role.MANAGER).to(sup).overSites(north).build();

            staff.assignTo(billing);
            sup.assignTo(null);

            assertThat(joined.outlivedTeamMove()).isTrue();
            assertThat(left.outlivedTeamMove()).isTrue();
        }

        @Test
        void movingBackToTheTeamAtGrantTimeIsNoLongerAMove() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overSites(north).build();

            sup.assignTo(support);
            sup.assignTo(billing);

            assertThat(grant.outlivedTeamMove()).isFalse();
        }

        @Test
        void certifyResetsTheTeamAtGrantAndRecordsTheReview() {
            Grant grant = org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN).build();
            sup.assignTo(support);

            grant.certify("compliance", NOW.plusSeconds(30));

            assertThat(grant.outlivedTeamMove()).isFalse();
            assertThat(grant.getGranteeTeam()).isSameAs(support);
            assertThat(grant.getLastReviewedBy()).isEqualTo("compliance");
            assertThat(grant.getLastReviewedAt()).isEqualTo(NOW.plusSeconds(30));
        }

        @Test
        void unreviewedForCountsFromGrantUntilTheFirstReview() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).grantedAgo(Duration.ofDays(120)).build();
            assertThat(grant.unreviewedFor(NOW)).isEqualTo(Duration.ofDays(120));

            grant.certify("compliance", NOW.minus(Duration.ofDays(7)));

            assertThat(grant.unreviewedFor(NOW)).isEqualTo(Duration.ofDays(7));
        }

        @Test
        void unusedForCountsFromGrantUntilTheFirstUse() {
            Grant never = org.grant(Role.MANAGER).to(sup).overTeams(billing).grantedAgo(Duration.ofDays(50)).build();
            Grant used = org.grant(Role.MANAGER).to(sup).overTeams(billing).grantedAgo(Duration.ofDays(50))
                    .lastUsedAgo(Duration.ofHours(2)).build();

            assertThat(never.unusedFor(NOW)).isEqualTo(Duration.ofDays(50));
            assertThat(used.unusedFor(NOW)).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void reviewingIsNotUsing() {
            Grant grant = org.grant(Role.MANAGER).to(sup).overTeams(billing).grantedAgo(Duration.ofDays(50)).build();

            grant.certify("compliance", NOW);

            assertThat(grant.unusedFor(NOW)).isEqualTo(Duration.ofDays(50));
            assertThat(grant.unreviewedFor(NOW)).isZero();
        }
    }
}
