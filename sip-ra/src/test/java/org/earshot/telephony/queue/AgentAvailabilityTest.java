package org.earshot.telephony.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.AgentStateReport.Presence;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.testing.TestClock;
import org.junit.jupiter.api.Test;

class AgentAvailabilityTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final DirectoryQueue BILLING = new DirectoryQueue(1, "Billing", "5001", List.of("1001", "1002", "1003"));

    private final TestClock clock = new TestClock(NINE);
    private final List<AgentStateReport> told = new CopyOnWriteArrayList<>();
    private final AgentAvailability agents = new AgentAvailability(clock, told::add);

    @Test
    void agentNotSeenBeforeIsLoggedOutAvailableAndIdle() {
        AgentStateReport state = agents.stateOf("1001");

        assertThat(state).isEqualTo(new AgentStateReport("1001", Set.of(), Presence.AVAILABLE, Activity.IDLE, NINE));
        assertThat(state.readyFor("5001")).isFalse();
        assertThat(told).isEmpty();
    }

    @Test
    void loggedInAgentIsReadyForItsQueuesOnly() {
        agents.logIn("1001", List.of("5001", "5002"));

        assertThat(agents.stateOf("1001").readyFor("5001")).isTrue();
        assertThat(agents.stateOf("1001").readyFor("5003")).isFalse();
        agents.logOut("1001", List.of("5001"));
        assertThat(agents.stateOf("1001").queues()).containsExactly("5002");
    }

    @Test
    void awayAgentStaysLoggedInButIsNotReady() {
        agents.logIn("1001", List.of("5001"));
        agents.away("1001");

        AgentStateReport state = agents.stateOf("1001");
        assertThat(state.queues()).containsExactly("5001");
        assertThat(state.presence()).isEqualTo(Presence.AWAY);
        assertThat(state.readyFor("5001")).isFalse();
    }

    @Test
    void idleTimeCountsFromTheReturnFromABreak() {
        agents.logIn("1001", List.of("5001"));
        agents.away("1001");
        clock.advance(Duration.ofMinutes(15));
        agents.available("1001");

        assertThat(agents.stateOf("1001").idleSince()).isEqualTo(NINE.plus(Duration.ofMinutes(15)));
    }

    @Test
    void idleTimeCountsFromLoggingIn() {
        agents.stateOf("1001");
        agents.away("1002");
        clock.advance(Duration.ofMinutes(5));
        agents.logIn("1001", List.of("5001"));
        agents.logIn("1001", List.of("5002")); // a second queue does not reset the first

        assertThat(agents.stateOf("1001").idleSince()).isEqualTo(NINE.plus(Duration.ofMinutes(5)));
    }

    @Test
    void afterACallTheAgentWrapsUpThenIsIdleFromTheEndOfWrapUp() {
        agents.logIn("1001", List.of("5001"));
        agents.startCall("1001");
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.ON_CALL);
        assertThat(agents.stateOf("1001").idleSince()).isNull();

        clock.advance(Duration.ofMinutes(3));
        agents.endCall("1001", Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(9));
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.WRAP_UP);
        assertThat(agents.stateOf("1001").readyFor("5001")).isFalse();

        clock.advance(Duration.ofSeconds(5));
        AgentStateReport state = agents.stateOf("1001");
        assertThat(state.activity()).isEqualTo(Activity.IDLE);
        assertThat(state.idleSince()).isEqualTo(NINE.plus(Duration.ofMinutes(3)).plusSeconds(10));
    }

    @Test
    void withoutWrapUpTheAgentIsIdleAtOnce() {
        agents.startCall("1001");
        agents.endCall("1001", Duration.ZERO);

        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.IDLE);
    }

    @Test
    void everyChangeIsToldOnceAndInOrder() {
        agents.logIn("1001", List.of("5001"));
        agents.away("1001");
        agents.away("1001");
        agents.available("1001");
        agents.logOut("1001", List.of("5001"));
        agents.logOut("1001", List.of("5001"));

        assertThat(told).extracting(AgentStateReport::presence, state -> state.queues().size())
                .containsExactly(tuple(Presence.AVAILABLE, 1),
                        tuple(Presence.AWAY, 1),
                        tuple(Presence.AVAILABLE, 1),
                        tuple(Presence.AVAILABLE, 0));
    }

    @Test
    void endOfWrapUpIsToldToo() {
        agents.startCall("1001");
        agents.endCall("1001", Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(10));

        agents.states();

        assertThat(told).extracting(AgentStateReport::activity).containsExactly(Activity.ON_CALL, Activity.WRAP_UP, Activity.IDLE);
    }

    @Test
    void everyKnownAgentsStateIsToldAgainForAReceiverThatListensLate() {
        agents.logIn("1001", List.of("5001"));
        agents.away("1002");
        told.clear();

        agents.tellEveryState();

        assertThat(told).containsExactlyInAnyOrder(agents.stateOf("1001"), agents.stateOf("1002"));
    }

    @Test
    void longestIdleReadyMemberIsReservedAndRingsOnce() {
        agents.logIn("1002", List.of("5001"));
        clock.advance(Duration.ofSeconds(30));
        agents.logIn("1001", List.of("5001"));
        agents.logIn("9999", List.of("5001")); // logged in but not a member (any more)

        assertThat(agents.reserveLongestIdle(BILLING, Set.of())).contains("1002");
        assertThat(agents.stateOf("1002").activity()).isEqualTo(Activity.RINGING);
        assertThat(agents.reserveLongestIdle(BILLING, Set.of())).contains("1001");
        assertThat(agents.reserveLongestIdle(BILLING, Set.of())).isEmpty();
    }

    @Test
    void skippedAgentsAreNotReserved() {
        agents.logIn("1001", List.of("5001"));
        agents.logIn("1002", List.of("5001"));

        assertThat(agents.reserveLongestIdle(BILLING, Set.of("1001"))).contains("1002");
    }

    @Test
    void equallyIdleAgentsAreChosenByExtension() {
        agents.logIn("1003", List.of("5001"));
        agents.logIn("1002", List.of("5001"));

        assertThat(agents.reserveLongestIdle(BILLING, Set.of())).contains("1002");
    }

    @Test
    void releasedAgentKeepsItsPlaceInTheIdleOrder() {
        agents.logIn("1001", List.of("5001"));
        clock.advance(Duration.ofSeconds(30));
        agents.logIn("1002", List.of("5001"));
        agents.reserveLongestIdle(BILLING, Set.of());

        clock.advance(Duration.ofSeconds(15));
        agents.release("1001");

        assertThat(agents.stateOf("1001").idleSince()).isEqualTo(NINE);
        assertThat(agents.reserveLongestIdle(BILLING, Set.of())).contains("1001");
    }

    @Test
    void releaseDoesNotUndoACallTheAgentTookMeanwhile() {
        agents.logIn("1001", List.of("5001"));
        agents.reserveLongestIdle(BILLING, Set.of());
        agents.startCall("1001");

        agents.release("1001");

        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.ON_CALL);
    }
}
