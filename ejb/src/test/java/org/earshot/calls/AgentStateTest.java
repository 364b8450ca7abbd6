package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.calls.CallEvents.T0;

import java.time.Instant;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.telephony.api.CallEvent.Type;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

class AgentStateTest {

    private final OrgFixture org = new OrgFixture();
    private final Site site = org.site("Riverside");
    private final CallQueue billing = org.queue("Billing", "6001", site);
    private final CallQueue support = org.queue("Support", "6002", site);
    private final AgentState agent = new AgentState(null, T0);

    @Test
    void agentFirstSeenIsLoggedOutAndIdle() {
        assertThat(agent.getPresence()).isEqualTo(AgentPresence.LOGGED_OUT);
        assertThat(agent.getQueues()).isEmpty();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void agentRingsThenIsOnCallThenIdleWhenTheCallEnds() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING));
        assertThat(agent.follow(record, at(1))).isTrue();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent.getCall()).isSameAs(record);

        record.apply(call.at(3, Type.ANSWERED));
        agent.follow(record, at(3));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.ON_CALL);
        assertThat(agent.getSince()).isEqualTo(at(3));

        record.apply(call.at(9, Type.ENDED));
        agent.follow(record, at(9));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.getCall()).isNull();
        assertThat(agent.getSince()).isEqualTo(at(9));
    }

    @Test
    void agentTransferringTheCallShowsItUntilTheTargetHasItThenIsFreed() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING), call.at(3, Type.ANSWERED));
        agent.follow(record, at(3));

        record.apply(call.at(20, Type.TRANSFERRING, "1003", null));
        assertThat(agent.follow(record, at(20))).isTrue();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.TRANSFERRING);
        record.apply(call.at(22, Type.TRANSFER_FAILED, "1003: 486 Busy Here", null));
        agent.follow(record, at(22));
        assertThat(agent.getStatus()).as("the transfer failed: the agent has the caller").isEqualTo(AgentStatus.ON_CALL);
        record.apply(call.at(30, Type.TRANSFERRING, "1003", null));
        record.apply(call.at(32, Type.TRANSFERRED, "1003", null));
        assertThat(agent.release(record, at(32))).isTrue();
        assertThat(agent.getCall()).isNull();
    }

    @Test
    void holdingTheCallKeepsTheAgentOnItSinceTheAnswer() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING), call.at(3, Type.ANSWERED));
        agent.follow(record, at(3));

        record.apply(call.at(20, Type.HELD));
        assertThat(agent.follow(record, at(20))).as("nothing shown changed").isFalse();

        assertThat(agent.getStatus()).isEqualTo(AgentStatus.ON_CALL);
        assertThat(agent.getSince()).isEqualTo(at(3));
    }

    @Test
    void endOfAnEarlierCallDoesNotFreeAnAgentAlreadyRingingForTheNext() {
        CallEvents first = new CallEvents("c-1");
        CallEvents next = new CallEvents("c-2");
        CallRecord earlier = CallRecordTest.recordOf(first.at(1, Type.RINGING));
        CallRecord later = CallRecordTest.recordOf(next.at(5, Type.RINGING));
        agent.follow(earlier, at(1));
        agent.follow(later, at(5));

        earlier.apply(first.at(6, Type.ENDED));
        agent.follow(earlier, at(6));

        assertThat(agent.getStatus()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent.getCall()).isSameAs(later);
    }

    @Test
    void loggedInAgentIsAvailableInItsQueuesAndAwayStaysLoggedIn() {
        assertThat(agent.report(AgentPresence.AVAILABLE, Set.of(billing, support), AgentStatus.IDLE, at(1))).isTrue();
        assertThat(agent.getPresence()).isEqualTo(AgentPresence.AVAILABLE);
        assertThat(agent.getQueues()).containsExactlyInAnyOrder(billing, support);
        assertThat(agent.getSince()).isEqualTo(at(1));

        agent.report(AgentPresence.AWAY, Set.of(billing, support), AgentStatus.IDLE, at(5));
        assertThat(agent.getPresence()).isEqualTo(AgentPresence.AWAY);
        assertThat(agent.getQueues()).containsExactlyInAnyOrder(billing, support);

        assertThat(agent.report(AgentPresence.AWAY, Set.of(billing, support), AgentStatus.IDLE, at(9)))
                .as("the same state told again (the adapter catching a late listener up)").isFalse();
        assertThat(agent.getSince()).isEqualTo(at(5));

        agent.report(AgentPresence.LOGGED_OUT, Set.of(), AgentStatus.IDLE, at(12));
        assertThat(agent.getQueues()).isEmpty();
        assertThat(agent.getSince()).isEqualTo(at(12));
    }

    @Test
    void wrapUpShowsOnlyOnceTheCallEndedWhicheverFeedSpeaksFirst() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.QUEUED), call.at(2, Type.RINGING), call.at(3, Type.ANSWERED));
        agent.report(AgentPresence.AVAILABLE, Set.of(billing), AgentStatus.ON_CALL, at(3));
        agent.follow(record, at(3));

        // The queue engine's wrap-up overtakes the call's ENDED event.
        agent.report(AgentPresence.AVAILABLE, Set.of(billing), AgentStatus.WRAP_UP, at(9));
        assertThat(agent.getStatus()).as("the call still occupies the agent").isEqualTo(AgentStatus.ON_CALL);

        record.apply(call.at(9, Type.ENDED));
        agent.follow(record, at(9));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.WRAP_UP);

        agent.report(AgentPresence.AVAILABLE, Set.of(billing), AgentStatus.IDLE, at(19));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.getSince()).isEqualTo(at(19));
    }

    @Test
    void directCallRingsTheAgentThoughTheQueueEngineSaysIdle() {
        agent.report(AgentPresence.AVAILABLE, Set.of(billing), AgentStatus.IDLE, at(0));
        CallRecord direct = CallRecordTest.recordOf(new CallEvents("c-1").at(1, Type.RINGING));

        agent.follow(direct, at(1));

        assertThat(agent.getStatus()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent.getPresence()).isEqualTo(AgentPresence.AVAILABLE);
    }

    @Test
    void callThatRangOutAndWentToAnotherAgentNoLongerOccupiesThisOne() {
        CallRecord record = CallRecordTest.recordOf(new CallEvents("c-1").at(1, Type.RINGING));
        agent.follow(record, at(1));

        assertThat(agent.release(record, at(16))).isTrue();

        assertThat(agent.getCall()).isNull();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void anAgentLoggedOutOfTheQueuesIsShownOnCallDuringADirectCallAndLoggedOutAgainAfterIt() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING));
        agent.follow(record, at(1));
        assertThat(agent.getShownPresence()).as("only ringing: nothing taken yet").isEqualTo(ShownPresence.LOGGED_OUT);

        record.apply(call.at(3, Type.ANSWERED));
        agent.follow(record, at(3));
        assertThat(agent.getShownPresence()).isEqualTo(ShownPresence.ON_CALL);
        assertThat(agent.getPresence()).as("still logged in to no queue").isEqualTo(AgentPresence.LOGGED_OUT);
        record.apply(call.at(5, Type.HELD));
        agent.follow(record, at(5));
        assertThat(agent.getShownPresence()).as("on hold").isEqualTo(ShownPresence.ON_CALL);

        record.apply(call.at(9, Type.ENDED));
        agent.follow(record, at(9));
        assertThat(agent.getShownPresence()).isEqualTo(ShownPresence.LOGGED_OUT);
    }

    @Test
    void anAgentLoggedInIsShownOnCallWhileTalkingAndAvailableAgainInWrapUp() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = answeredBy(AgentPresence.AVAILABLE, call);
        assertThat(agent.getShownPresence()).isEqualTo(ShownPresence.ON_CALL);

        record.apply(call.at(9, Type.ENDED));
        agent.follow(record, at(9));
        agent.report(AgentPresence.AVAILABLE, Set.of(billing), AgentStatus.WRAP_UP, at(9));
        assertThat(agent.getShownPresence()).isEqualTo(ShownPresence.AVAILABLE);
    }

    @Test
    void anAwayAgentTransferringACallIsShownOnCall() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = answeredBy(AgentPresence.AWAY, call);
        record.apply(call.at(20, Type.TRANSFERRING, "1003", null));
        agent.follow(record, at(20));
        assertThat(agent.getShownPresence()).isEqualTo(ShownPresence.ON_CALL);
    }

    /** The agent, logged in to Billing with that presence, answers the call at second 3. */
    private CallRecord answeredBy(AgentPresence presence, CallEvents call) {
        agent.report(presence, Set.of(billing), AgentStatus.IDLE, at(0));
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING), call.at(3, Type.ANSWERED));
        agent.follow(record, at(3));
        return record;
    }

    @Test
    void restartLogsTheAgentOutAndForgetsItsCall() {
        CallRecord record = CallRecordTest.recordOf(new CallEvents("c-1").at(1, Type.RINGING));
        agent.report(AgentPresence.AWAY, Set.of(billing), AgentStatus.ON_CALL, at(1));
        agent.follow(record, at(1));

        assertThat(agent.loggedOutByRestart(at(60))).isTrue();

        assertThat(agent.getPresence()).isEqualTo(AgentPresence.LOGGED_OUT);
        assertThat(agent.getQueues()).isEmpty();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.getCall()).isNull();
        assertThat(agent.loggedOutByRestart(at(90))).as("already logged out and idle").isFalse();
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }
}
