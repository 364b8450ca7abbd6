package org.earshot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.earshot.calls.CallState;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.Fields;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

class MonitoringRulesTest {

    private static final String CALL = "call-1";

    private final OrgFixture org = new OrgFixture();
    private final Site site = org.site("Riverside");
    private final Team billing = org.team("Billing", site);
    private final User agent = org.agent("agent1", billing);
    private final User sofia = org.user("sofia");
    private final User tiago = org.user("tiago");
    private final User rita = org.user("rita");
    private final CallQueue queue = org.queue("Billing", "6001", site, agent);
    private final List<MonitoringSession> live = new ArrayList<>();
    private long nextSessionId = 1;

    private MonitoringRules rules() {
        return new MonitoringRules(queue.getName(), queue.getMonitoringPolicy(), live, false);
    }

    private MonitoringSession connected(User supervisor, MonitoringMode mode) {
        MonitoringSession session = Fields.withId(new MonitoringSession(CALL, supervisor, "20" + nextSessionId, agent, "1001", queue,
                new MonitoringRequest(mode, MonitoringPurpose.TRAINING, false, null, MonitoringChannel.CONSOLE), OrgFixture.NOW),
                nextSessionId++);
        session.connect(OrgFixture.NOW);
        live.add(session);
        return session;
    }

    @Test
    void aRequestNeedsAModeAndAPurposeAndAShortNote() {
        assertThat(MonitoringRules.refusalOf(new MonitoringRequest(MonitoringMode.LISTEN, null, false, "x", MonitoringChannel.REST)))
                .hasValue("Choose the business purpose of monitoring this call");
        assertThat(MonitoringRules.refusalOf(new MonitoringRequest(null, MonitoringPurpose.SAFETY, false, null,
                MonitoringChannel.CONSOLE)))
                .hasValue("Choose a monitoring mode");
        assertThat(MonitoringRules.refusalOf(new MonitoringRequest(MonitoringMode.LISTEN, MonitoringPurpose.SAFETY, false,
                "n".repeat(MonitoringRules.NOTE_LENGTH + 1), MonitoringChannel.CONSOLE))).get().asString().contains("at most 500");
        assertThat(MonitoringRules.refusalOf(new MonitoringRequest(MonitoringMode.LISTEN, MonitoringPurpose.SAFETY, false,
                "n".repeat(MonitoringRules.NOTE_LENGTH), MonitoringChannel.CONSOLE))).isEmpty();
    }

    @Test
    void onlyAnsweredOrHeldCallsAreMonitored() {
        assertThat(rules().refusalToStart(sofia.getId(), CallState.RINGING, MonitoringMode.LISTEN)).get().asString()
                .contains("not answered");
        assertThat(rules().refusalToStart(sofia.getId(), CallState.ENDED, MonitoringMode.LISTEN)).isPresent();
        assertThat(rules().refusalToStart(sofia.getId(), CallState.TRANSFERRING, MonitoringMode.LISTEN)).get().asString()
                .contains("being transferred");
        assertThat(rules().refusalToStart(sofia.getId(), CallState.ANSWERED, MonitoringMode.BARGE)).isEmpty();
        assertThat(rules().refusalToStart(sofia.getId(), CallState.HELD, MonitoringMode.LISTEN)).isEmpty();
    }

    @Test
    void theQueuePolicyLimitsTheModes() {
        queue.getMonitoringPolicy().allowModes(EnumSet.of(MonitoringMode.LISTEN));
        assertThat(rules().refusalToStart(sofia.getId(), CallState.ANSWERED, MonitoringMode.WHISPER)).get().asString()
                .isEqualTo("WHISPER is not allowed on queue Billing (it allows [LISTEN])");
        assertThat(rules().startable(sofia.getId(), CallState.ANSWERED, EnumSet.allOf(MonitoringMode.class)))
                .containsExactly(MonitoringMode.LISTEN);

        queue.getMonitoringPolicy().allowModes(Set.of());
        assertThat(rules().refusalToStart(sofia.getId(), CallState.ANSWERED, MonitoringMode.LISTEN)).get().asString()
                .isEqualTo("Calls of queue Billing are not monitored (queue policy)");
    }

    @Test
    void aCallWithItsMostMonitorsTakesNoMore() {
        queue.getMonitoringPolicy().limitMonitorsPerCall(2);
        connected(sofia, MonitoringMode.LISTEN);
        assertThat(rules().refusalToStart(tiago.getId(), CallState.ANSWERED, MonitoringMode.LISTEN)).isEmpty();
        connected(tiago, MonitoringMode.LISTEN);
        assertThat(rules().refusalToStart(rita.getId(), CallState.ANSWERED, MonitoringMode.LISTEN)).get().asString()
                .isEqualTo("The call already has 2 monitors, the most on queue Billing allows");
    }

    @Test
    void aSupervisorMonitorsACallOnce() {
        connected(sofia, MonitoringMode.LISTEN);
        assertThat(rules().refusalToStart(sofia.getId(), CallState.ANSWERED, MonitoringMode.LISTEN))
                .hasValue("You are already monitoring this call");
    }

    @Test
    void onlyOneSupervisorIsHeardAtATime() {
        MonitoringSession listener = connected(sofia, MonitoringMode.LISTEN);
        connected(tiago, MonitoringMode.BARGE);
        assertThat(rules().refusalToStart(rita.getId(), CallState.ANSWERED, MonitoringMode.BARGE)).get().asString()
                .startsWith("Another supervisor is already heard on this call (BARGE)");
        assertThat(rules().refusalToStart(rita.getId(), CallState.ANSWERED, MonitoringMode.LISTEN)).isEmpty();
        assertThat(rules().refusalToSwitch(listener, MonitoringMode.WHISPER)).get().asString().startsWith("Another supervisor");
        assertThat(rules().switchable(listener, EnumSet.allOf(MonitoringMode.class))).isEmpty();
    }

    @Test
    void theHeardSupervisorSwitchesBetweenHeardModes() {
        MonitoringSession whisperer = connected(sofia, MonitoringMode.WHISPER);
        connected(tiago, MonitoringMode.LISTEN);
        assertThat(rules().switchable(whisperer, EnumSet.allOf(MonitoringMode.class)))
                .containsExactlyInAnyOrder(MonitoringMode.LISTEN, MonitoringMode.BARGE, MonitoringMode.TAKEOVER);
    }

    @Test
    void aTakeoverIsFinalAndARingingSessionCannotSwitch() {
        MonitoringSession takeover = connected(sofia, MonitoringMode.TAKEOVER);
        assertThat(rules().refusalToSwitch(takeover, MonitoringMode.LISTEN)).hasValue("A takeover is final: the call is yours now");

        MonitoringSession ringing = new MonitoringSession(CALL, tiago, "2002", agent, "1001", queue,
                new MonitoringRequest(MonitoringMode.LISTEN, MonitoringPurpose.SAFETY, true, null, MonitoringChannel.FEATURE_CODE),
                OrgFixture.NOW);
        assertThat(rules().refusalToSwitch(ringing, MonitoringMode.WHISPER)).get().asString().contains("not answered yet");
        ringing.end(OrgFixture.NOW, "supervisor did not answer");
        assertThat(rules().refusalToSwitch(ringing, MonitoringMode.WHISPER)).hasValue("The session has ended");
    }

    @Test
    void aSessionContinuesOnlyInAModeThePolicyStillAllows() {
        MonitoringSession barging = connected(sofia, MonitoringMode.BARGE);
        assertThat(rules().refusalToContinue(barging)).isEmpty();
        queue.getMonitoringPolicy().allowModes(EnumSet.of(MonitoringMode.LISTEN));
        assertThat(rules().refusalToContinue(barging)).get().asString().startsWith("BARGE is not allowed on queue Billing");
    }

    @Test
    void callsOutsideQueuesFollowTheDefaultPolicy() {
        MonitoringRules direct = new MonitoringRules(null, new MonitoringPolicy(), live, false);
        assertThat(direct.startable(sofia.getId(), CallState.ANSWERED, EnumSet.allOf(MonitoringMode.class)))
                .isEqualTo(EnumSet.allOf(MonitoringMode.class));
        connected(sofia, MonitoringMode.LISTEN);
        connected(tiago, MonitoringMode.LISTEN);
        connected(org.user("ana"), MonitoringMode.LISTEN);
        assertThat(direct.refusalToStart(rita.getId(), CallState.ANSWERED, MonitoringMode.LISTEN))
                .hasValue("The call already has 3 monitors, the most on calls outside queues allows");
    }

    @Test
    void aPrivateCallOffersNoModeAndEndsTheSessionsOnIt() {
        MonitoringSession listening = connected(sofia, MonitoringMode.LISTEN);
        MonitoringRules marked = new MonitoringRules(queue.getName(), queue.getMonitoringPolicy(), live, true);
        assertThat(marked.startable(tiago.getId(), CallState.ANSWERED, EnumSet.allOf(MonitoringMode.class))).isEmpty();
        assertThat(marked.refusalToStart(tiago.getId(), CallState.ANSWERED, MonitoringMode.LISTEN))
                .hasValue("The agent marked this call private");
        assertThat(marked.refusalToContinue(listening)).hasValue("The agent marked this call private");
        assertThat(marked.refusalToSwitch(listening, MonitoringMode.WHISPER)).hasValue("The agent marked this call private");
    }

    @Test
    void onlyTheAgentMarksTheirAnsweredCallPrivateWhenTheQueueLetsThem() {
        assertThat(rules().refusalToMarkPrivate(true, CallState.ANSWERED))
                .hasValue("Queue Billing does not let agents mark calls private (queue policy)");
        assertThat(new MonitoringRules(null, new MonitoringPolicy(), live, false).refusalToMarkPrivate(true, CallState.ANSWERED))
                .hasValue("Calls outside queues cannot be marked private");

        queue.getMonitoringPolicy().letAgentsMarkPrivate(true);
        assertThat(rules().refusalToMarkPrivate(true, CallState.ANSWERED)).isEmpty();
        assertThat(rules().refusalToMarkPrivate(true, CallState.HELD)).isEmpty();
        assertThat(rules().refusalToMarkPrivate(false, CallState.ANSWERED)).hasValue("Only the agent on the call may mark it private");
        assertThat(rules().refusalToMarkPrivate(true, CallState.RINGING)).hasValue("Only an answered call can be marked private");
        assertThat(new MonitoringRules(queue.getName(), queue.getMonitoringPolicy(), live, true)
                .refusalToMarkPrivate(true, CallState.ANSWERED)).hasValue("The call is marked private already");

        connected(sofia, MonitoringMode.LISTEN);
        assertThat(rules().refusalToMarkPrivate(true, CallState.ANSWERED)).as("a listener is ended, not a reason to refuse").isEmpty();
        connected(tiago, MonitoringMode.TAKEOVER);
        assertThat(rules().refusalToMarkPrivate(true, CallState.ANSWERED))
                .hasValue("A supervisor has taken the call over; it cannot be marked private");
    }
}
