package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.access.Action.COACH_AGENT;
import static org.earshot.access.Action.CONTROL_RECORDING;
import static org.earshot.access.Action.DESIGN_SCORECARDS;
import static org.earshot.access.Action.MANAGE_SAMPLING;
import static org.earshot.access.Action.DOWNLOAD_RECORDING;
import static org.earshot.access.Action.EVALUATE_CALL;
import static org.earshot.access.Action.LEAD_CALIBRATION;
import static org.earshot.access.Action.MANAGE_GRANTS;
import static org.earshot.access.Action.MANAGE_ORGANIZATION;
import static org.earshot.access.Action.MANAGE_RECORDINGS;
import static org.earshot.access.Action.MONITOR_CALL;
import static org.earshot.access.Action.PLAY_RECORDING;
import static org.earshot.access.Action.REVIEW_PERMISSIONS;
import static org.earshot.access.Action.ROTATE_RECORDING_KEYS;
import static org.earshot.access.Action.VERIFY_AUDIT;
import static org.earshot.access.Action.VIEW_AGENT;
import static org.earshot.access.Action.VIEW_AUDIT;
import static org.earshot.access.Action.VIEW_CALL;
import static org.earshot.access.Action.VIEW_DASHBOARD;
import static org.earshot.telephony.api.MonitoringMode.BARGE;
import static org.earshot.telephony.api.MonitoringMode.LISTEN;
import static org.earshot.telephony.api.MonitoringMode.TAKEOVER;
import static org.earshot.telephony.api.MonitoringMode.WHISPER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.GrantBuilder;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to whom, and how: {@link AccessPolicy#decide} for every role, action, scope and
 * monitoring mode.
 *
 * <p>The organization: sites North and South; teams Billing and Retention at North, Support at
 * South; agents ann (Billing), carl (Retention) and bob (Support); the Billing line (North) is
 * answered by ann and carl, the Support line (South) by bob and carl. Staff (sup, qa, ...) are in
 * no team.
 */
class AccessPolicyTest {

    /** The specification of each role, written out here rather than read from {@link Role}. */
    private static final Map<Role, Set<Action>> PERMITTED = new EnumMap<>(Map.of(
            Role.ADMIN, EnumSet.of(VIEW_AGENT, MANAGE_ORGANIZATION, MANAGE_GRANTS, REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT,
                    ROTATE_RECORDING_KEYS),
            Role.SUPERVISOR, EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, CONTROL_RECORDING, EVALUATE_CALL, COACH_AGENT,
                    VIEW_DASHBOARD, DESIGN_SCORECARDS, LEAD_CALIBRATION, MANAGE_SAMPLING),
            Role.QA_EVALUATOR, EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, EVALUATE_CALL, DESIGN_SCORECARDS,
                    LEAD_CALIBRATION),
            Role.TRAINER, EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, COACH_AGENT),
            Role.MANAGER, EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING, VIEW_DASHBOARD),
            Role.COMPLIANCE, EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, DOWNLOAD_RECORDING, VIEW_DASHBOARD,
                    REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT, MANAGE_RECORDINGS),
            Role.AGENT, EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING)));

    private final OrgFixture org = new OrgFixture();
    private final Site north = org.site("North");
    private final Site south = org.site("South");
    private final Team billing = org.team("Billing", north);
    private final Team retention = org.team("Retention", north);
    private final Team support = org.team("Support", south);
    private final User ann = org.agent("ann", billing);
    private final User carl = org.agent("carl", retention);
    private final User bob = org.agent("bob", support);
    private final CallQueue billingLine = org.queue("Billing line", "2001", north, ann, carl);
    private final CallQueue supportLine = org.queue("Support line", "3001", south, bob, carl);
    private final User sup = org.user("sup.billing");

    private final List<Grant> grants = new ArrayList<>();
    private final List<MonitoringGroup> groups = new ArrayList<>();

    // ---- the role matrix -----------------------------------------------------------------

    static Stream<Arguments> everyRoleAndAction() {
        return Arrays.stream(Role.values()).flatMap(role -> Arrays.stream(Action.values())
                .map(action -> Arguments.of(role, PERMITTED.get(role).contains(action) ? "may" : "may not", action)));
    }

    @ParameterizedTest(name = "{0} {1} {2} with a grant over everything it can reach")
    @MethodSource("everyRoleAndAction")
    void roleDecidesWhichActionsAreAllowed(Role role, String mayOrMayNot, Action action) {
        boolean expected = mayOrMayNot.equals("may");
        User holder = role.isSelfScoped() ? ann : sup;
        Grant grant = add(widestGrant(role, holder));
        groups.add(org.monitoringGroup(holder, List.of(ann), LISTEN, WHISPER, BARGE, TAKEOVER));

        AccessDecision decision = decide(holder, action, targetFor(action, ann), action.needsMode() ? LISTEN : null);

        assertThat(decision.allowed()).as(decision.reason()).isEqualTo(expected);
        if (expected) {
            assertThat(decision.grantId()).isEqualTo(grant.getId());
            assertThat(decision.reason()).contains("allowed by grant " + grant.getId(), role.name());
        } else {
            assertThat(decision.grantId()).isNull();
            assertThat(decision.reason()).contains("no role of " + holder.getUsername() + " permits " + action);
        }
    }

    static Stream<Arguments> everyRoleAndTargetedActionItPermits() {
        return Arrays.stream(Role.values()).flatMap(role -> PERMITTED.get(role).stream()
                .filter(Action::isTargeted).map(action -> Arguments.of(role, action)));
    }

    @ParameterizedTest(name = "{0} may {1} on what its grant reaches")
    @MethodSource("everyRoleAndTargetedActionItPermits")
    void roleMayActOnTargetsInScope(Role role, Action action) {
        // Everyone but the agent holds a grant over team Support; the agent holds their own data.
        User holder = role.isSelfScoped() ? bob : sup;
        add(supportTeamGrant(role, holder));
        groups.add(org.monitoringGroup(holder, List.of(bob), LISTEN));

        AccessDecision decision = decide(holder, action, targetFor(action, bob), action.needsMode() ? LISTEN : null);

        assertThat(decision.allowed()).as(decision.reason()).isTrue();
    }

    @ParameterizedTest(name = "{0} may not {1} on what its grant does not reach")
    @MethodSource("everyRoleAndTargetedActionItPermits")
    void roleMayNotActOnTargetsOutOfScope(Role role, Action action) {
        User holder = role.isSelfScoped() ? bob : sup;
        add(supportTeamGrant(role, holder));
        // Even a monitoring group naming ann does not bring her into the grant's scope.
        groups.add(org.monitoringGroup(holder, List.of(ann, bob), LISTEN));
        AccessTarget annsData = targetFor(action, ann);

        AccessDecision decision = decide(holder, action, annsData, action.needsMode() ? LISTEN : null);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains(annsData.description(), "outside the scope", holder.getUsername(), action.name());
    }

    // ---- monitoring ----------------------------------------------------------------------

    @Nested
    class Monitoring {

        @Test
        void supervisorInScopeViaTeamMayListen() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN));

            assertThat(monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN).allowed()).isTrue();
        }

        @Test
        void supervisorInScopeViaSiteMayMonitorEveryTeamAtTheSite() {
            add(org.grant(Role.SUPERVISOR).to(sup).overSites(north).modes(LISTEN, BARGE));
            groups.add(org.monitoringGroup(sup, List.of(ann, carl), LISTEN, BARGE));

            assertThat(monitor(sup, AccessTarget.call("c-1", ann, null), BARGE).allowed()).isTrue();
            assertThat(monitor(sup, AccessTarget.call("c-2", carl, null), LISTEN).allowed()).isTrue();
        }

        @Test
        void siteScopeReachesCallsThroughQueuesAtThatSiteWhoeverAnswers() {
            add(org.grant(Role.SUPERVISOR).to(sup).overSites(north).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(bob), LISTEN));

            assertThat(monitor(sup, AccessTarget.call("c-1", bob, billingLine), LISTEN).allowed()).isTrue();
            assertThat(monitor(sup, AccessTarget.call("c-2", bob, null), LISTEN).allowed()).isFalse();
        }

        @Test
        void supervisorInScopeViaQueueMayMonitorCallsThroughThatQueue() {
            add(org.grant(Role.SUPERVISOR).to(sup).overQueues(supportLine).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(carl), LISTEN));

            assertThat(monitor(sup, AccessTarget.call("c-1", carl, supportLine), LISTEN).allowed()).isTrue();
        }

        @Test
        void queueScopeDoesNotReachTheSameAgentsCallsThroughOtherQueuesOrDirectCalls() {
            add(org.grant(Role.SUPERVISOR).to(sup).overQueues(supportLine).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(carl), LISTEN));

            AccessDecision viaOtherQueue = monitor(sup, AccessTarget.call("c-1", carl, billingLine), LISTEN);
            AccessDecision direct = monitor(sup, AccessTarget.call("c-2", carl, null), LISTEN);

            assertThat(viaOtherQueue.allowed()).isFalse();
            assertThat(viaOtherQueue.reason()).contains("call c-1 of agent carl", "outside the scope");
            assertThat(direct.allowed()).isFalse();
            assertThat(direct.reason()).contains("call c-2 of agent carl", "outside the scope");
        }

        @Test
        void supervisorOutOfScopeCannotMonitor() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann, bob), LISTEN));

            AccessDecision decision = monitor(sup, AccessTarget.call("c-9", bob, supportLine), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason())
                    .isEqualTo("call c-9 of agent bob is outside the scope of sup.billing's grants for MONITOR_CALL");
        }

        @Test
        void modeNotInGrantIsDenied() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN, WHISPER));
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN, WHISPER, BARGE, TAKEOVER));

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), BARGE);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("mode BARGE is not allowed by sup.billing's grants");
        }

        @Test
        void modeMustBeAllowedByAGrantThatCoversTheTargetNotJustAnyGrant() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(support).modes(TAKEOVER));
            groups.add(org.monitoringGroup(sup, List.of(ann, bob), LISTEN, TAKEOVER));

            assertThat(monitor(sup, AccessTarget.call("c-1", ann, null), TAKEOVER).reason()).contains("mode TAKEOVER is not allowed");
            assertThat(monitor(sup, AccessTarget.call("c-2", bob, null), TAKEOVER).allowed()).isTrue();
        }

        @Test
        void agentNotInAMonitoringGroupOfTheMonitorIsDenied() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(carl), LISTEN));

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("call c-1 of agent ann is not in a monitoring group of sup.billing that allows LISTEN");
        }

        @Test
        void withoutAnyMonitoringGroupNobodyCanMonitorEvenWithAGlobalGrant() {
            add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("not in a monitoring group");
        }

        @Test
        void aGroupInWhichTheMonitorIsOnlyAMemberDoesNotCount() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            MonitoringGroup reversed = org.monitoringGroup(ann, List.of(sup), LISTEN);
            groups.add(reversed);

            assertThat(monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN).allowed()).isFalse();
        }

        @Test
        void groupMustAllowTheModeAsWellAsTheGrant() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN));

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), WHISPER);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("not in a monitoring group", "allows WHISPER");
        }

        @Test
        void modeFromOneGroupAndAgentFromAnotherIsNotEnough() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(carl), BARGE));

            assertThat(monitor(sup, AccessTarget.call("c-1", ann, null), BARGE).allowed()).isFalse();
        }

        @Test
        void monitoringATargetWithoutAnAgentIsDenied() {
            add(org.grant(Role.SUPERVISOR).to(sup).overQueues(billingLine).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(ann, carl), LISTEN));

            AccessDecision decision = monitor(sup, AccessTarget.queue(billingLine), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("queue Billing line", "not in a monitoring group");
        }

        @Test
        void monitorCallWithoutModeIsDenied() {
            add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN, WHISPER, BARGE, TAKEOVER));

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), null);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("a monitoring mode is required");
        }

        @Test
        void complianceWithListenOnlyGrantCanListen() {
            User compliance = org.user("compliance");
            add(org.grant(Role.COMPLIANCE).to(compliance).overEverything().modes(LISTEN));
            groups.add(org.monitoringGroup(compliance, List.of(ann), LISTEN, WHISPER, BARGE, TAKEOVER));

            assertThat(monitor(compliance, AccessTarget.call("c-1", ann, billingLine), LISTEN).allowed()).isTrue();
        }

        @ParameterizedTest(name = "compliance with a LISTEN-only grant cannot {0}")
        @EnumSource(value = MonitoringMode.class, names = {"WHISPER", "BARGE", "TAKEOVER"})
        void complianceWithListenOnlyGrantCannotTakePartInTheCall(MonitoringMode mode) {
            User compliance = org.user("compliance");
            add(org.grant(Role.COMPLIANCE).to(compliance).overEverything().modes(LISTEN));
            groups.add(org.monitoringGroup(compliance, List.of(ann), LISTEN, WHISPER, BARGE, TAKEOVER));

            AccessDecision decision = monitor(compliance, AccessTarget.call("c-1", ann, billingLine), mode);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("mode " + mode, "not allowed", "compliance");
        }

        @Test
        void qaEvaluatorAndTrainerMayMonitorButManagerMayNot() {
            User qa = org.user("qa");
            User trainer = org.user("trainer");
            User manager = org.user("manager");
            add(org.grant(Role.QA_EVALUATOR).to(qa).overSites(north).modes(LISTEN));
            add(org.grant(Role.TRAINER).to(trainer).overSites(north).modes(LISTEN));
            add(org.grant(Role.MANAGER).to(manager).overSites(north));
            for (User user : List.of(qa, trainer, manager)) {
                groups.add(org.monitoringGroup(user, List.of(ann), LISTEN));
            }
            AccessTarget call = AccessTarget.call("c-1", ann, null);

            assertThat(monitor(qa, call, LISTEN).allowed()).isTrue();
            assertThat(monitor(trainer, call, LISTEN).allowed()).isTrue();
            assertThat(monitor(manager, call, LISTEN).reason()).isEqualTo("no role of manager permits MONITOR_CALL");
        }
    }

    // ---- separation of duties, own data --------------------------------------------------

    @Nested
    class SeparationOfDuties {

        private final User admin = org.user("admin");

        @Test
        void adminCannotMonitorEvenOverTheWholeOrganization() {
            add(org.grant(Role.ADMIN).to(admin).overEverything());
            groups.add(org.monitoringGroup(admin, List.of(ann), LISTEN));

            AccessDecision decision = monitor(admin, AccessTarget.call("c-1", ann, null), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("no role of admin permits MONITOR_CALL");
        }

        @Test
        void adminCannotPlayRecordingsOrEvaluateCalls() {
            add(org.grant(Role.ADMIN).to(admin).overEverything());
            AccessTarget call = AccessTarget.call("c-1", ann, null);

            assertThat(decide(admin, PLAY_RECORDING, call, null).allowed()).isFalse();
            assertThat(decide(admin, EVALUATE_CALL, call, null).allowed()).isFalse();
        }

        @Test
        void adminGrantOverOneSiteCannotManageTheOrganizationOrItsGrants() {
            add(org.grant(Role.ADMIN).to(admin).overSites(north));

            for (Action action : List.of(MANAGE_ORGANIZATION, MANAGE_GRANTS, REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT)) {
                AccessDecision decision = decide(admin, action, AccessTarget.organization(), null);
                assertThat(decision.allowed()).as(action.name()).isFalse();
                assertThat(decision.reason()).isEqualTo(action + " needs a grant over the whole organization; "
                        + "admin's grants cover only part of it");
            }
        }

        @Test
        void complianceGrantOverOneSiteMayStillSeeItsDashboardButNotTheAuditTrail() {
            User officer = org.user("officer");
            add(org.grant(Role.COMPLIANCE).to(officer).overSites(north).modes(LISTEN));

            assertThat(decide(officer, VIEW_DASHBOARD, AccessTarget.organization(), null).allowed()).isTrue();
            assertThat(decide(officer, VIEW_AUDIT, AccessTarget.organization(), null).allowed()).isFalse();
        }

        @Test
        void adminCanManageOrganizationGrantsAndAudit() {
            Grant grant = add(org.grant(Role.ADMIN).to(admin).overEverything());

            for (Action action : List.of(MANAGE_ORGANIZATION, MANAGE_GRANTS, REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT)) {
                AccessDecision decision = decide(admin, action, AccessTarget.organization(), null);
                assertThat(decision.allowed()).as(action.name()).isTrue();
                assertThat(decision.grantId()).isEqualTo(grant.getId());
                assertThat(decision.reason()).contains("ADMIN", "whole organization");
            }
        }

        @Test
        void supervisorCannotManageTheOrganizationOrGrantsEvenOverEverything() {
            add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());

            assertThat(decide(sup, MANAGE_ORGANIZATION, AccessTarget.organization(), null).allowed()).isFalse();
            assertThat(decide(sup, MANAGE_GRANTS, AccessTarget.organization(), null).reason())
                    .isEqualTo("no role of sup.billing permits MANAGE_GRANTS");
        }

        @Test
        void userWithAdminAndSupervisorGrantsMonitorsThroughTheSupervisorGrant() {
            User both = org.user("both");
            add(org.grant(Role.ADMIN).to(both).overEverything());
            Grant supervising = add(org.grant(Role.SUPERVISOR).to(both).overTeams(billing).modes(LISTEN));
            groups.add(org.monitoringGroup(both, List.of(ann), LISTEN));

            AccessDecision decision = monitor(both, AccessTarget.call("c-1", ann, null), LISTEN);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.grantId()).isEqualTo(supervising.getId());
            assertThat(decision.reason()).contains("SUPERVISOR", "team Billing");
        }

        @Test
        void agentSeesOnlyOwnData() {
            Grant own = add(org.grant(Role.AGENT).to(ann));

            AccessDecision ownCall = decide(ann, VIEW_CALL, AccessTarget.call("c-1", ann, billingLine), null);
            AccessDecision teammatesCall = decide(ann, VIEW_CALL, AccessTarget.call("c-2", carl, billingLine), null);

            assertThat(ownCall.allowed()).isTrue();
            assertThat(ownCall.grantId()).isEqualTo(own.getId());
            assertThat(ownCall.reason()).contains("AGENT", "own data");
            assertThat(teammatesCall.allowed()).isFalse();
            assertThat(teammatesCall.reason()).contains("call c-2 of agent carl", "outside the scope");
        }

        @Test
        void agentGrantReachesOnlyOwnDataWhateverItsScopeSays() {
            add(org.grant(Role.AGENT).to(ann).overSites(north).overTeams(billing).overQueues(billingLine));

            assertThat(decide(ann, PLAY_RECORDING, AccessTarget.call("c-1", ann, null), null).allowed()).isTrue();
            assertThat(decide(ann, PLAY_RECORDING, AccessTarget.call("c-2", carl, billingLine), null).allowed()).isFalse();
            assertThat(decide(ann, VIEW_AGENT, AccessTarget.agent(carl, List.of(billingLine)), null).allowed()).isFalse();
        }

        @Test
        void agentSeesNeitherTeamsNorQueuesAsAWhole() {
            add(org.grant(Role.AGENT).to(ann));

            assertThat(decide(ann, VIEW_AGENT, AccessTarget.team(billing), null).allowed()).isFalse();
            assertThat(decide(ann, VIEW_CALL, AccessTarget.queue(billingLine), null).allowed()).isFalse();
        }

        @Test
        void agentCannotMonitorEvenOwnCalls() {
            add(org.grant(Role.AGENT).to(ann));
            groups.add(org.monitoringGroup(ann, List.of(ann), LISTEN));

            assertThat(monitor(ann, AccessTarget.call("c-1", ann, null), LISTEN).reason())
                    .isEqualTo("no role of ann permits MONITOR_CALL");
        }
    }

    // ---- scorecard design ----------------------------------------------------------------

    @Nested
    class ScorecardDesign {

        private final User qa = org.user("qa");

        @Test
        void evaluatorWithAGrantOverOneSiteMayDesignScorecards() {
            add(org.grant(Role.QA_EVALUATOR).to(qa).overSites(north).modes(LISTEN));

            assertThat(decide(qa, DESIGN_SCORECARDS, AccessTarget.organization(), null).allowed()).isTrue();
        }

        @Test
        void designerReachesOnlyTheQueuesAndTeamsTheirGrantCovers() {
            Grant team = add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).overQueues(billingLine).modes(LISTEN));

            AccessDecision ownQueue = AccessPolicy.decideReach(sup, grants, DESIGN_SCORECARDS, AccessTarget.queue(billingLine));
            AccessDecision ownTeam = AccessPolicy.decideReach(sup, grants, DESIGN_SCORECARDS, AccessTarget.team(billing));
            AccessDecision otherQueue = AccessPolicy.decideReach(sup, grants, DESIGN_SCORECARDS, AccessTarget.queue(supportLine));
            AccessDecision otherTeam = AccessPolicy.decideReach(sup, grants, DESIGN_SCORECARDS, AccessTarget.team(retention));

            assertThat(ownQueue.allowed()).isTrue();
            assertThat(ownQueue.grantId()).isEqualTo(team.getId());
            assertThat(ownTeam.allowed()).isTrue();
            assertThat(otherQueue.allowed()).isFalse();
            assertThat(otherQueue.reason()).isEqualTo("queue Support line is outside the scope of sup.billing's grants for DESIGN_SCORECARDS");
            assertThat(otherTeam.allowed()).isFalse();
        }

        @Test
        void reachNeedsARoleThatDesignsNotJustAGrantThatCovers() {
            add(org.grant(Role.TRAINER).to(sup).overEverything().modes(LISTEN));

            AccessDecision decision = AccessPolicy.decideReach(sup, grants, DESIGN_SCORECARDS, AccessTarget.queue(billingLine));

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("no role of sup.billing permits DESIGN_SCORECARDS");
        }

        @Test
        void aCoveringGrantOfAnotherRoleDoesNotWidenTheDesignersReach() {
            add(org.grant(Role.QA_EVALUATOR).to(qa).overSites(north).modes(LISTEN));
            add(org.grant(Role.TRAINER).to(qa).overEverything().modes(LISTEN));

            assertThat(AccessPolicy.decideReach(qa, grants, DESIGN_SCORECARDS, AccessTarget.queue(billingLine)).allowed()).isTrue();
            assertThat(AccessPolicy.decideReach(qa, grants, DESIGN_SCORECARDS, AccessTarget.queue(supportLine)).allowed()).isFalse();
        }
    }

    // ---- sampling ------------------------------------------------------------------------

    @Nested
    class SamplingLeads {

        private final User qa = org.user("qa");

        @Test
        void aSupervisorLeadsTheSamplingOfTheQueuesAndTeamsTheirGrantReaches() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).overQueues(billingLine).modes(LISTEN));

            assertThat(decide(sup, MANAGE_SAMPLING, AccessTarget.organization(), null).allowed()).isTrue();
            assertThat(AccessPolicy.decideReach(sup, grants, MANAGE_SAMPLING, AccessTarget.queue(billingLine)).allowed()).isTrue();
            assertThat(AccessPolicy.decideReach(sup, grants, MANAGE_SAMPLING, AccessTarget.team(billing)).allowed()).isTrue();
            assertThat(AccessPolicy.decideReach(sup, grants, MANAGE_SAMPLING, AccessTarget.queue(supportLine)).reason())
                    .isEqualTo("queue Support line is outside the scope of sup.billing's grants for MANAGE_SAMPLING");
        }

        @Test
        void anEvaluatorWorksTheQueueTheyAreGivenAndDoesNotChooseTheSample() {
            add(org.grant(Role.QA_EVALUATOR).to(qa).overEverything().modes(LISTEN));

            assertThat(decide(qa, MANAGE_SAMPLING, AccessTarget.organization(), null).reason())
                    .isEqualTo("no role of qa permits MANAGE_SAMPLING");
            assertThat(AccessPolicy.decideReach(qa, grants, MANAGE_SAMPLING, AccessTarget.queue(billingLine)).allowed()).isFalse();
        }
    }

    // ---- accounts and grants -------------------------------------------------------------

    @Nested
    class AccountsAndGrants {

        @Test
        void userWithoutGrantsMayDoNothing() {
            AccessDecision decision = decide(sup, VIEW_DASHBOARD, AccessTarget.organization(), null);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("no role of sup.billing permits VIEW_DASHBOARD");
        }

        @Test
        void revokedGrantIsIgnored() {
            Grant revoked = add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN));
            revoked.revoke("admin", OrgFixture.NOW, "left the team");

            AccessDecision decision = monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("no role of sup.billing permits MONITOR_CALL");
        }

        @Test
        void revokedWideGrantDoesNotWidenTheRemainingNarrowOne() {
            Grant wide = add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());
            Grant narrow = add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            groups.add(org.monitoringGroup(sup, List.of(ann, bob), LISTEN, BARGE));
            wide.revoke("admin", OrgFixture.NOW, "too wide");

            assertThat(monitor(sup, AccessTarget.call("c-1", bob, null), LISTEN).reason()).contains("outside the scope");
            assertThat(monitor(sup, AccessTarget.call("c-2", ann, null), BARGE).reason()).contains("mode BARGE is not allowed");
            AccessDecision allowed = monitor(sup, AccessTarget.call("c-3", ann, null), LISTEN);
            assertThat(allowed.allowed()).isTrue();
            assertThat(allowed.grantId()).isEqualTo(narrow.getId());
        }

        @Test
        void inactiveUserIsDeniedWhateverTheirGrants() {
            add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());
            groups.add(org.monitoringGroup(sup, List.of(ann), LISTEN));
            sup.deactivate();

            AccessDecision monitoring = monitor(sup, AccessTarget.call("c-1", ann, null), LISTEN);
            AccessDecision dashboard = decide(sup, VIEW_DASHBOARD, AccessTarget.organization(), null);

            assertThat(monitoring.allowed()).isFalse();
            assertThat(monitoring.reason()).isEqualTo("account sup.billing is disabled");
            assertThat(dashboard.allowed()).isFalse();
            assertThat(dashboard.reason()).contains("disabled");
        }

        @Test
        void reactivatedUserIsAllowedAgain() {
            add(org.grant(Role.SUPERVISOR).to(sup).overEverything().allModes());
            sup.deactivate();
            sup.activate();

            assertThat(decide(sup, VIEW_DASHBOARD, AccessTarget.organization(), null).allowed()).isTrue();
        }

        @Test
        void allowingGrantIsTheOneThatCoversTheTarget() {
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            Grant southern = add(org.grant(Role.SUPERVISOR).to(sup).overSites(south).modes(LISTEN));

            AccessDecision decision = decide(sup, VIEW_AGENT, AccessTarget.agent(bob, List.of(supportLine)), null);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.grantId()).isEqualTo(southern.getId());
            assertThat(decision.reason()).isEqualTo("allowed by grant " + southern.getId() + " (SUPERVISOR, site South)");
        }

        @Test
        void agentIsReachableThroughTheSiteOfAQueueTheyAnswer() {
            // carl works at North (Retention) but also answers the Support line at South.
            add(org.grant(Role.MANAGER).to(sup).overSites(south));

            assertThat(decide(sup, VIEW_AGENT, AccessTarget.agent(carl, List.of(billingLine, supportLine)), null).allowed()).isTrue();
            assertThat(decide(sup, VIEW_AGENT, AccessTarget.agent(carl, List.of(billingLine)), null).allowed()).isFalse();
        }

        @Test
        void teamScopeDoesNotReachOtherTeamsAtTheSameSite() {
            add(org.grant(Role.MANAGER).to(sup).overTeams(billing));

            assertThat(decide(sup, VIEW_AGENT, AccessTarget.team(billing), null).allowed()).isTrue();
            assertThat(decide(sup, VIEW_AGENT, AccessTarget.team(retention), null).allowed()).isFalse();
            assertThat(decide(sup, VIEW_CALL, AccessTarget.call("c-1", carl, null), null).allowed()).isFalse();
        }

        @Test
        void denialNamesTheFirstFailingStep() {
            // The manager's role does not monitor, the call is out of scope and no group exists:
            // the role is named, because it is checked first.
            User manager = org.user("manager");
            add(org.grant(Role.MANAGER).to(manager).overTeams(billing));

            assertThat(monitor(manager, AccessTarget.call("c-1", bob, null), LISTEN).reason())
                    .isEqualTo("no role of manager permits MONITOR_CALL");
            // Out of scope and mode not granted: scope is named.
            add(org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN));
            assertThat(monitor(sup, AccessTarget.call("c-1", bob, null), TAKEOVER).reason()).contains("outside the scope");
        }

        @Test
        void modeIsIgnoredForActionsThatDoNotMonitor() {
            add(org.grant(Role.MANAGER).to(sup).overTeams(billing));

            assertThat(decide(sup, PLAY_RECORDING, AccessTarget.call("c-1", ann, null), TAKEOVER).allowed()).isTrue();
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private Grant add(GrantBuilder builder) {
        return add(builder.build());
    }

    private Grant add(Grant grant) {
        grants.add(grant);
        return grant;
    }

    /**
     * Asks the policy with the user's own grants, as the access service loads them (revoked ones
     * included, to show the policy ignores them), and every monitoring group there is, so the
     * policy itself must tell which groups the user monitors.
     */
    private AccessDecision decide(User user, Action action, AccessTarget target, MonitoringMode mode) {
        List<Grant> own = grants.stream().filter(g -> g.getUser() == user).toList();
        return AccessPolicy.decide(user, own, groups, action, target, mode);
    }

    private AccessDecision monitor(User user, AccessTarget call, MonitoringMode mode) {
        return decide(user, MONITOR_CALL, call, mode);
    }

    /** The widest grant a role can have: the whole organization, or the holder's own data for agents. */
    private Grant widestGrant(Role role, User holder) {
        GrantBuilder builder = org.grant(role).to(holder);
        if (!role.isSelfScoped()) {
            builder.overEverything();
        }
        if (PERMITTED.get(role).contains(MONITOR_CALL)) {
            builder.allModes();
        }
        return builder.build();
    }

    private Grant supportTeamGrant(Role role, User holder) {
        GrantBuilder builder = org.grant(role).to(holder);
        if (!role.isSelfScoped()) {
            builder.overTeams(support);
        }
        if (PERMITTED.get(role).contains(MONITOR_CALL)) {
            builder.modes(LISTEN);
        }
        return builder.build();
    }

    /** What an action is about: an agent for agent actions, a call of the agent for call actions. */
    private AccessTarget targetFor(Action action, User agent) {
        if (!action.isTargeted()) {
            return AccessTarget.organization();
        }
        List<CallQueue> queues = agent.getTeam() == support ? List.of(supportLine) : List.of(billingLine);
        return switch (action) {
            case VIEW_AGENT, COACH_AGENT -> AccessTarget.agent(agent, queues);
            default -> AccessTarget.call("c-" + agent.getUsername(), agent, queues.get(0));
        };
    }
}
