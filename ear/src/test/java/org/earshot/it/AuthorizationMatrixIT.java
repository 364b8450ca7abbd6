package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.Grant;
import org.earshot.access.GrantService;
import org.earshot.access.Role;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every demo role against every action, on targets in and out of its scope, in every monitoring
 * mode, decided by the deployed authorization service over the real PostgreSQL data. The expected
 * answers are written out below as the product specifies them, independently of the code.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** What each demo user's role permits. */
    private static final Map<String, Set<Action>> PERMITTED = Map.of(
            "admin", EnumSet.of(MANAGE_ORGANIZATION, MANAGE_GRANTS, REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT, VIEW_AGENT,
                    ROTATE_RECORDING_KEYS),
            "sup.billing", EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, CONTROL_RECORDING, EVALUATE_CALL, COACH_AGENT,
                    VIEW_DASHBOARD, DESIGN_SCORECARDS, LEAD_CALIBRATION, MANAGE_SAMPLING),
            "sup.support", EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, CONTROL_RECORDING, EVALUATE_CALL, COACH_AGENT,
                    VIEW_DASHBOARD, DESIGN_SCORECARDS, LEAD_CALIBRATION, MANAGE_SAMPLING),
            "qa", EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, EVALUATE_CALL, DESIGN_SCORECARDS,
                    LEAD_CALIBRATION),
            "trainer", EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, COACH_AGENT),
            "manager", EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING, VIEW_DASHBOARD),
            "compliance", EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, DOWNLOAD_RECORDING, VIEW_DASHBOARD,
                    REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT, MANAGE_RECORDINGS),
            "agent1", EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING));

    /** The monitoring modes each demo user's grant allows. */
    private static final Map<String, Set<MonitoringMode>> MODES = Map.of(
            "admin", Set.of(), "manager", Set.of(), "agent1", Set.of(),
            "sup.billing", EnumSet.of(LISTEN, WHISPER, BARGE, TAKEOVER),
            "sup.support", EnumSet.of(LISTEN, WHISPER, BARGE),
            "qa", EnumSet.of(LISTEN),
            "trainer", EnumSet.of(LISTEN, WHISPER),
            "compliance", EnumSet.of(LISTEN));

    /** An agent inside each user's scope, and one outside it (another team, another site, another agent). */
    private static final Map<String, String> IN_SCOPE = Map.of(
            "admin", "agent1", "sup.billing", "agent1", "sup.support", "agent4", "qa", "agent1",
            "trainer", "agent4", "manager", "agent1", "compliance", "agent4", "agent1", "agent1");
    /** Users whose grant covers the whole organization, so nothing is out of their scope. */
    private static final Set<String> WHOLE_ORGANIZATION = Set.of("admin", "compliance");
    private static final Map<String, String> OUT_OF_SCOPE = Map.of(
            "sup.billing", "agent4", "sup.support", "agent1", "agent1", "agent2");

    @EJB
    private AccessService access;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;
    @EJB
    private AuditService audit;

    private OrgFixture fixture;
    private User otherSiteAgent;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    /** An agent at a second site that no demo grant reaches, in a group of every monitor. */
    @BeforeEach
    void secondSite() {
        fixture = new OrgFixture(organization, grants, groups);
        Site harbour = fixture.site("Harbour");
        Team night = fixture.team("Night shift", harbour);
        otherSiteAgent = fixture.agent("harbour.agent", night, "3" + (System.nanoTime() % 100_000));
        Set<User> monitors = Set.of(user("sup.billing"), user("sup.support"), user("qa"), user("trainer"), user("compliance"));
        fixture.group("Harbour floor", monitors, Set.of(otherSiteAgent));
    }

    @Test
    void everyRoleActionScopeAndModeIsDecidedAsSpecified() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String username : PERMITTED.keySet()) {
            User inScope = user(IN_SCOPE.get(username));
            User outOfScope = OUT_OF_SCOPE.containsKey(username) ? user(OUT_OF_SCOPE.get(username)) : otherSiteAgent;
            for (Action action : Action.values()) {
                for (User agent : List.of(inScope, outOfScope)) {
                    boolean covered = agent == inScope || WHOLE_ORGANIZATION.contains(username);
                    for (MonitoringMode mode : action.needsMode() ? EnumSet.allOf(MonitoringMode.class) : modeless()) {
                        boolean expected = PERMITTED.get(username).contains(action)
                                && (!action.isTargeted() || covered)
                                && (!action.needsMode() || MODES.get(username).contains(mode));
                        AccessDecision decision = access.decide(username, action, targetFor(action, agent), mode);
                        checked++;
                        if (decision.allowed() != expected) {
                            wrong.add(username + " " + action + " on " + agent.getUsername() + " mode " + mode
                                    + ": expected " + expected + ", got " + decision);
                        }
                        if (!covered && PERMITTED.get(username).contains(action) && action.isTargeted()) {
                            assertThat(decision.reason()).as(username + " " + action).contains("outside the scope");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(PERMITTED.size() * 2 * (Action.values().length - 1 + MonitoringMode.values().length));
    }

    @Test
    void complianceMayListenButNotWhisperBargeOrTakeOver() {
        AccessTarget call = targetFor(MONITOR_CALL, user("agent4"));
        assertThat(access.decide("compliance", MONITOR_CALL, call, LISTEN).allowed()).isTrue();
        for (MonitoringMode mode : EnumSet.of(WHISPER, BARGE, TAKEOVER)) {
            AccessDecision decision = access.decide("compliance", MONITOR_CALL, call, mode);
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).contains("mode " + mode + " is not allowed");
        }
    }

    @Test
    void supervisorCannotMonitorAnAgentOutsideEveryMonitoringGroup() {
        Team billing = user("agent1").getTeam();
        User newcomer = fixture.agent("newcomer", billing, "4" + (System.nanoTime() % 100_000));
        assertThat(access.decide("sup.billing", VIEW_AGENT, AccessTarget.agent(newcomer, List.of()), null).allowed()).isTrue();
        AccessDecision monitor = access.decide("sup.billing", MONITOR_CALL, targetFor(MONITOR_CALL, newcomer), LISTEN);
        assertThat(monitor.allowed()).isFalse();
        assertThat(monitor.reason()).contains("not in a monitoring group");
    }

    @Test
    void revokedGrantStopsAllowingAtOnce() {
        Team billing = user("agent1").getTeam();
        User deputy = fixture.user("deputy", billing);
        Grant grant = fixture.grant(deputy, Role.SUPERVISOR, Set.of(billing.getId()), EnumSet.of(LISTEN));
        AccessTarget agent1 = AccessTarget.agent(user("agent1"), List.of());
        assertThat(access.decide(deputy.getUsername(), VIEW_AGENT, agent1, null).allowed()).isTrue();
        As.user("admin", () -> grants.revoke(grant.getId(), "left the team"));
        assertThat(access.decide(deputy.getUsername(), VIEW_AGENT, agent1, null).allowed()).isFalse();
    }

    @Test
    void deactivatedUserIsDeniedEverything() {
        Team billing = user("agent1").getTeam();
        User leaver = fixture.user("leaver", billing);
        fixture.grant(leaver, Role.SUPERVISOR, Set.of(billing.getId()), EnumSet.of(LISTEN));
        As.user("admin", () -> organization.setActive(leaver.getId(), false));
        AccessDecision decision = access.decide(leaver.getUsername(), VIEW_AGENT, AccessTarget.agent(user("agent1"), List.of()), null);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("disabled");
    }

    @Test
    void deniedServiceCallIsRefusedAndAudited() {
        String name = fixture.unique("Not my team");
        assertThatThrownBy(() -> As.user("sup.billing", () -> organization.createTeam(name, user("agent1").getSite().getId())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("MANAGE_ORGANIZATION");
        List<AuditEntry> denials = As.user("compliance", () -> audit.find(
                new AuditQuery("sup.billing", AccessAuditAction.ACCESS_DENIED.qualifiedName(), null, null, "MANAGE_ORGANIZATION", null, null),
                PageRequest.firstPage(5)).items());
        assertThat(denials).isNotEmpty();
        assertThat(denials.get(0).getDetail()).contains("no role of sup.billing permits MANAGE_ORGANIZATION");
    }

    @Test
    void supervisorListsOnlyTheTeamsAndAgentsInScope() {
        List<String> teams = As.user("sup.billing", () -> organization.findTeams(null, null, PageRequest.firstPage(100)).items())
                .stream().map(Team::getName).toList();
        assertThat(teams).contains("Billing").doesNotContain("Tech Support").noneMatch(t -> t.startsWith("Night shift"));
        List<String> agents = As.user("sup.billing", () -> organization.findUsers("agent", null, PageRequest.firstPage(100)).items())
                .stream().map(User::getUsername).toList();
        assertThat(agents).contains("agent1", "agent2", "agent3").doesNotContain("agent4", "agent5", "agent6");
    }

    @Test
    void agentSeesOnlyTheirOwnUser() {
        List<String> visible = As.user("agent1", () -> organization.findUsers(null, null, PageRequest.firstPage(100)).items())
                .stream().map(User::getUsername).toList();
        assertThat(visible).containsExactly("agent1");
        assertThat(As.user("agent1", () -> organization.findTeams(null, null, PageRequest.firstPage(100)).items())).isEmpty();
    }

    private static List<MonitoringMode> modeless() {
        List<MonitoringMode> none = new ArrayList<>();
        none.add(null);
        return none;
    }

    private AccessTarget targetFor(Action action, User agent) {
        List<CallQueue> queues = organization.queuesOf(agent);
        return switch (action) {
            case VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, DOWNLOAD_RECORDING, CONTROL_RECORDING, EVALUATE_CALL, LEAD_CALIBRATION ->
                    AccessTarget.call("call-of-" + agent.getUsername(), agent, queues.isEmpty() ? null : queues.get(0));
            case VIEW_AGENT, COACH_AGENT -> AccessTarget.agent(agent, queues);
            default -> AccessTarget.organization();
        };
    }

    private User user(String username) {
        return organization.findByUsername(username);
    }
}
