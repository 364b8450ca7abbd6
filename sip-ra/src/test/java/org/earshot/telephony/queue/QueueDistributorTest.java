package org.earshot.telephony.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.queue.Routing.Offer;
import org.earshot.telephony.queue.Routing.RingNoAnswer;
import org.earshot.telephony.queue.Routing.WaitExpired;
import org.earshot.telephony.testing.TestClock;
import org.junit.jupiter.api.Test;

class QueueDistributorTest {

    private static final Duration RING = QueuePolicy.DEFAULT.ringTimeout();
    private static final DirectoryQueue BILLING = new DirectoryQueue(1, "Billing", "5001", List.of("1001", "1002", "1003"));
    private static final DirectoryQueue SUPPORT = new DirectoryQueue(2, "Support", "5002", List.of("1002", "2001"));
    private static final QueuePolicy QUICK_SUPPORT = new QueuePolicy(Duration.ofSeconds(30), Duration.ofSeconds(10),
            Duration.ofSeconds(5), Duration.ZERO);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final AgentAvailability agents = new AgentAvailability(clock, state -> { });
    private final QueueDistributor distributor = new QueueDistributor(agents,
            queue -> queue.equals(SUPPORT) ? QUICK_SUPPORT : QueuePolicy.DEFAULT);

    @Test
    void callerGoesToTheLongestIdleMember() {
        loggedIn("1002", "5001");
        clock.advance(Duration.ofSeconds(20));
        loggedIn("1001", "5001");

        distributor.enqueue("c1", BILLING);

        assertThat(distributor.dispatch()).containsExactly(new Offer("c1", BILLING, "1002", RING));
        assertThat(agents.stateOf("1002").activity()).isEqualTo(Activity.RINGING);
        assertThat(distributor.waiting("5001")).singleElement().satisfies(call -> assertThat(call.offeredTo()).isEqualTo("1002"));
    }

    @Test
    void callersAreServedFirstComeFirstServedAndKnowTheirPosition() {
        assertThat(distributor.enqueue("c1", BILLING)).isEqualTo(1);
        assertThat(distributor.enqueue("s1", SUPPORT)).isEqualTo(1);
        assertThat(distributor.enqueue("c2", BILLING)).isEqualTo(2);
        assertThat(distributor.enqueue("c3", BILLING)).isEqualTo(3);
        assertThat(distributor.dispatch()).isEmpty();

        loggedIn("1001", "5001");
        assertThat(distributor.dispatch()).containsExactly(new Offer("c1", BILLING, "1001", RING));
        distributor.answered("c1", "1001");

        assertThat(distributor.positionOf("c2")).hasValue(1);
        assertThat(distributor.positionOf("c3")).hasValue(2);
        assertThat(distributor.positionOf("c1")).isEmpty();
        assertThat(distributor.waiting("5001")).extracting(WaitingCall::callId).containsExactly("c2", "c3");
    }

    @Test
    void nobodyIsOfferedACallerUnlessLoggedInAvailableAndIdle() {
        agents.away("1001");
        agents.logIn("1001", List.of("5001"));
        loggedIn("1002", "5002");
        loggedIn("1003", "5001");
        agents.startCall("1003");
        distributor.enqueue("c1", BILLING);

        assertThat(distributor.dispatch()).isEmpty();

        agents.available("1001");
        assertThat(distributor.dispatch()).containsExactly(new Offer("c1", BILLING, "1001", RING));
    }

    @Test
    void ringNoAnswerMovesTheCallerToTheNextMember() {
        billingCallerRinging("c1", "1001", "1002");

        clock.advance(RING.minusSeconds(1));
        assertThat(distributor.dispatch()).isEmpty();
        clock.advance(Duration.ofSeconds(1));

        assertThat(distributor.dispatch()).containsExactly(new RingNoAnswer("c1", "1001"), new Offer("c1", BILLING, "1002", RING));
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.IDLE);
    }

    @Test
    void refusedCallGoesToTheNextMemberAtOnce() {
        billingCallerRinging("c1", "1001", "1002");

        distributor.noAnswer("c1", "1001");

        assertThat(distributor.dispatch()).containsExactly(new Offer("c1", BILLING, "1002", RING));
    }

    @Test
    void agentWhoLetOneCallRingOutStillGetsTheNextCaller() {
        billingCallerRinging("c1", "1001");
        distributor.noAnswer("c1", "1001");

        distributor.enqueue("c2", BILLING);

        assertThat(distributor.dispatch()).containsExactly(new Offer("c2", BILLING, "1001", RING));
    }

    @Test
    void onceEveryReadyMemberLetItRingOutTheyAreTriedAgainAfterThePause() {
        billingCallerRinging("c1", "1001");
        clock.advance(RING);
        assertThat(distributor.dispatch()).containsExactly(new RingNoAnswer("c1", "1001"));

        clock.advance(QueuePolicy.DEFAULT.retryPause().minusSeconds(1));
        assertThat(distributor.dispatch()).isEmpty();
        clock.advance(Duration.ofSeconds(1));

        assertThat(distributor.dispatch()).containsExactly(new Offer("c1", BILLING, "1001", RING));
    }

    @Test
    void lateAnswerFromAnAgentWhoseRingTimedOutIsRefused() {
        billingCallerRinging("c1", "1001", "1002");
        clock.advance(RING);
        distributor.dispatch();

        assertThat(distributor.answered("c1", "1001")).isFalse();
        assertThat(distributor.answered("c1", "1002")).isTrue();
        assertThat(agents.stateOf("1002").activity()).isEqualTo(Activity.ON_CALL);
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.IDLE);
    }

    @Test
    void callerWhoWaitedTheLongestWaitLeavesTheQueue() {
        distributor.enqueue("c1", BILLING);
        clock.advance(Duration.ofSeconds(60));
        distributor.enqueue("c2", BILLING);

        clock.advance(Duration.ofSeconds(60));

        assertThat(distributor.dispatch()).containsExactly(new WaitExpired("c1", BILLING, Duration.ofSeconds(120)));
        assertThat(distributor.positionOf("c2")).hasValue(1);
    }

    @Test
    void longestWaitIsSetPerQueue() {
        distributor.enqueue("s1", SUPPORT);
        clock.advance(Duration.ofSeconds(30));

        assertThat(distributor.dispatch()).containsExactly(new WaitExpired("s1", SUPPORT, Duration.ofSeconds(30)));
    }

    @Test
    void callerWhoseAgentIsRingingIsNotCutOffByTheLongestWait() {
        distributor.enqueue("s1", SUPPORT);
        clock.advance(Duration.ofSeconds(25));
        loggedIn("2001", "5002");
        assertThat(distributor.dispatch()).containsExactly(new Offer("s1", SUPPORT, "2001", Duration.ofSeconds(10)));

        clock.advance(Duration.ofSeconds(9));
        assertThat(distributor.dispatch()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(distributor.dispatch()).containsExactly(new RingNoAnswer("s1", "2001"),
                new WaitExpired("s1", SUPPORT, Duration.ofSeconds(35)));
    }

    @Test
    void afterTheCallTheAgentWrapsUpBeforeTheNextCaller() {
        billingCallerRinging("c1", "1001");
        distributor.answered("c1", "1001");
        distributor.enqueue("c2", BILLING);
        assertThat(distributor.dispatch()).isEmpty();

        distributor.ended("c1");
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.WRAP_UP);
        clock.advance(QueuePolicy.DEFAULT.wrapUp());

        assertThat(distributor.dispatch()).containsExactly(new Offer("c2", BILLING, "1001", RING));
    }

    @Test
    void anAgentWhoTransferredTheCallWrapsUpAndTakesTheNextCallerWhileTheTargetIsOnTheCall() {
        billingCallerRinging("c1", "1001");
        distributor.answered("c1", "1001");
        loggedIn("1002", "5001");

        distributor.agentReplaced("c1", "1002");

        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.WRAP_UP);
        assertThat(agents.stateOf("1002").activity()).isEqualTo(Activity.ON_CALL);
        clock.advance(QueuePolicy.DEFAULT.wrapUp());
        distributor.enqueue("c2", BILLING);
        assertThat(distributor.dispatch()).containsExactly(new Offer("c2", BILLING, "1001", RING));
        distributor.ended("c1");
        assertThat(agents.stateOf("1002").activity()).as("the target wraps up after the call").isEqualTo(Activity.WRAP_UP);
        assertThat(agents.stateOf("1001").activity()).as("the call's end no longer touches the agent who left").isEqualTo(Activity.RINGING);
    }

    @Test
    void anAgentReleasedByATakeoverWrapsUpAndTheCallsEndLeavesItAlone() {
        billingCallerRinging("c1", "1001");
        distributor.answered("c1", "1001");

        distributor.agentReplaced("c1", null);
        clock.advance(QueuePolicy.DEFAULT.wrapUp());
        distributor.enqueue("c2", BILLING);
        assertThat(distributor.dispatch()).containsExactly(new Offer("c2", BILLING, "1001", RING));
        distributor.answered("c2", "1001");

        distributor.ended("c1");
        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.ON_CALL);
    }

    @Test
    void anAgentOnADirectCallIsOfferedNoCallerAndIsIdleRightAfterIt() {
        loggedIn("1001", "5001");
        distributor.directCallAnswered("d1", "1001");
        distributor.enqueue("c1", BILLING);
        assertThat(distributor.dispatch()).isEmpty();

        distributor.agentReplaced("d1", "1003");
        assertThat(distributor.dispatch()).as("no wrap-up after a direct call").containsExactly(new Offer("c1", BILLING, "1001", RING));
        assertThat(agents.stateOf("1003").activity()).isEqualTo(Activity.ON_CALL);
        distributor.ended("d1");
        assertThat(agents.stateOf("1003").activity()).isEqualTo(Activity.IDLE);
    }

    @Test
    void endOfWrapUpIsToldAtTheNextDispatchEvenWithNobodyWaiting() {
        List<AgentStateReport> told = new CopyOnWriteArrayList<>();
        AgentAvailability watched = new AgentAvailability(clock, told::add);
        QueueDistributor desk = new QueueDistributor(watched, queue -> QueuePolicy.DEFAULT);
        watched.logIn("1001", List.of("5001"));
        desk.enqueue("c1", BILLING);
        desk.dispatch();
        desk.answered("c1", "1001");
        desk.ended("c1");
        clock.advance(QueuePolicy.DEFAULT.wrapUp());

        assertThat(desk.dispatch()).isEmpty();

        assertThat(told).extracting(AgentStateReport::activity)
                .containsExactly(Activity.IDLE, Activity.RINGING, Activity.ON_CALL, Activity.WRAP_UP, Activity.IDLE);
    }

    @Test
    void callerHangingUpWhileAnAgentRingsFreesTheAgent() {
        billingCallerRinging("c1", "1001");

        distributor.ended("c1");

        assertThat(agents.stateOf("1001").activity()).isEqualTo(Activity.IDLE);
        assertThat(distributor.waiting("5001")).isEmpty();
        distributor.ended("c1"); // a second BYE or a late event changes nothing
        distributor.noAnswer("c1", "1001");
        assertThat(distributor.dispatch()).isEmpty();
    }

    @Test
    void agentInTwoQueuesServesTheCallerWhoWaitedLongest() {
        loggedIn("1002", "5001", "5002");
        distributor.enqueue("s1", SUPPORT);
        distributor.enqueue("c1", BILLING);

        assertThat(distributor.dispatch()).containsExactly(new Offer("s1", SUPPORT, "1002", Duration.ofSeconds(10)));
    }

    @Test
    void aCallIsQueuedOnce() {
        distributor.enqueue("c1", BILLING);

        assertThatThrownBy(() -> distributor.enqueue("c1", SUPPORT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentCallersNeverGetTheSameAgent() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add("30" + String.format("%02d", i));
        }
        DirectoryQueue sales = new DirectoryQueue(3, "Sales", "5003", members);
        List<Offer> offers = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    distributor.enqueue("call-" + thread + "-" + i, sales);
                    if (i < 5) {
                        loggedIn(members.get(thread * 5 + i), "5003");
                    }
                    distributor.dispatch().forEach(routing -> offers.add((Offer) routing));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> done : work) {
            done.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(offers).hasSize(20);
        assertThat(offers).extracting(Offer::agent).doesNotHaveDuplicates();
        assertThat(offers).extracting(Offer::callId).doesNotHaveDuplicates();
        assertThat(distributor.waiting("5003")).hasSize(200);
    }

    /** The Billing agents log in, in this order, and the caller is offered to the first of them. */
    private void billingCallerRinging(String callId, String... billingAgents) {
        for (String agent : billingAgents) {
            loggedIn(agent, "5001");
        }
        distributor.enqueue(callId, BILLING);
        assertThat(distributor.dispatch()).containsExactly(new Offer(callId, BILLING, billingAgents[0], RING));
    }

    private void loggedIn(String agent, String... queues) {
        agents.logIn(agent, List.of(queues));
    }
}
