package org.earshot.telephony.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.earshot.telephony.api.AgentStateListener;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.AgentStateReport.Presence;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboundDeliveryTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final WorkManager workManager = new PoolWorkManager(threads);
    private final InboundDelivery<CallEvent> callEvents = InboundDelivery.callEvents(workManager);
    private final InboundDelivery<AgentStateReport> agentStates = InboundDelivery.agentStates(workManager);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void eachCallsEventsArriveInTheOrderTheyWereRaisedWhileCallsRunInParallel() throws Exception {
        Received<CallEvent> received = new Received<>(CallEvent::callId, CallEvent::detail, true);
        callEvents.activate(endpointFactory(CallEventListener.class, received));
        List<String> calls = List.of("a", "b", "c", "d", "e", "f");
        for (int round = 0; round < 50; round++) {
            for (String call : calls) {
                callEvents.deliver(event(call, round < 49 ? CallEvent.Type.HELD : CallEvent.Type.ENDED, round));
            }
        }
        allDelivered();

        for (String call : calls) {
            assertThat(received.of(call)).as("call " + call).containsExactlyElementsOf(sequence(50));
        }
        assertThat(callEvents.openLanes()).as("lanes of delivered calls").isZero();
    }

    @Test
    void eachAgentsStatesArriveInOrderThoughItsLaneEmptiesAndLeavesBetweenThem() throws Exception {
        Received<AgentStateReport> received = new Received<>(AgentStateReport::extension, state -> String.valueOf(state.idleSince().getEpochSecond()), true);
        agentStates.activate(endpointFactory(AgentStateListener.class, received));
        List<String> agents = List.of("1001", "1002", "1003", "1004", "1005", "1006");
        // One thread per agent raises its states, pausing now and then so that its lane runs empty and
        // retires while the next state is on its way: the moment a new lane could overtake the old one.
        ExecutorService raisers = Executors.newFixedThreadPool(agents.size());
        for (String agent : agents) {
            raisers.execute(() -> {
                for (int change = 0; change < 300; change++) {
                    agentStates.deliver(state(agent, change));
                    if (ThreadLocalRandom.current().nextInt(10) == 0) {
                        pause();
                    }
                }
            });
        }
        raisers.shutdown();
        assertThat(raisers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        allDelivered();

        for (String agent : agents) {
            assertThat(received.of(agent)).as("agent " + agent).containsExactlyElementsOf(sequence(300));
        }
        assertThat(agentStates.openLanes()).as("lanes of agents with nothing left to deliver").isZero();
    }

    @Test
    void eventsRaisedBeforeAnyReceiverIsActiveAreDropped() throws Exception {
        callEvents.deliver(event("early", CallEvent.Type.RINGING, 0));
        Received<CallEvent> received = new Received<>(CallEvent::callId, CallEvent::detail, false);
        callEvents.activate(endpointFactory(CallEventListener.class, received));
        callEvents.deliver(event("later", CallEvent.Type.RINGING, 1));
        allDelivered();

        assertThat(received.of("early")).isEmpty();
        assertThat(received.of("later")).containsExactly("1");
    }

    @Test
    void everyActiveReceiverGetsEveryEventAndAFailingOneDoesNotStopTheOthers() throws Exception {
        Received<CallEvent> records = new Received<>(CallEvent::callId, CallEvent::detail, false);
        callEvents.activate(endpointFactory(CallEventListener.class, event -> {
            throw new IllegalStateException("database down");
        }));
        callEvents.activate(endpointFactory(CallEventListener.class, records));
        callEvents.deliver(event("x", CallEvent.Type.RINGING, 0));
        callEvents.deliver(event("x", CallEvent.Type.ENDED, 1));
        allDelivered();

        assertThat(records.of("x")).containsExactly("0", "1");
    }

    @Test
    void statesTheWorkManagerRefusesAreDroppedAndTheAgentsNextStateIsDeliveredAgain() throws Exception {
        AtomicBoolean refuseNext = new AtomicBoolean(true);
        InboundDelivery<AgentStateReport> refusing = InboundDelivery.agentStates(new PoolWorkManager(threads) {
            @Override
            public void scheduleWork(Work work) throws WorkRejectedException {
                if (refuseNext.getAndSet(false)) {
                    throw new WorkRejectedException("no thread free");
                }
                super.scheduleWork(work);
            }
        });
        Received<AgentStateReport> received = new Received<>(AgentStateReport::extension, state -> String.valueOf(state.idleSince().getEpochSecond()), false);
        refusing.activate(endpointFactory(AgentStateListener.class, received));

        refusing.deliver(state("1001", 0));
        assertThat(refusing.openLanes()).as("the refused lane is gone").isZero();
        refusing.deliver(state("1001", 1));
        allDelivered();

        assertThat(received.of("1001")).containsExactly("1");
    }

    private void allDelivered() throws InterruptedException {
        threads.shutdown();
        assertThat(threads.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    }

    private static List<String> sequence(int length) {
        return IntStream.range(0, length).mapToObj(String::valueOf).toList();
    }

    private static CallEvent event(String callId, CallEvent.Type type, int sequence) {
        return new CallEvent(callId, type, Instant.now(), "caller", "1002", null, "1002", String.valueOf(sequence), null);
    }

    /** A state whose idle-since second is its place in the agent's sequence. */
    private static AgentStateReport state(String extension, int sequence) {
        return new AgentStateReport(extension, Set.of("6001"), sequence % 2 == 0 ? Presence.AVAILABLE : Presence.AWAY, Activity.IDLE,
                Instant.ofEpochSecond(sequence));
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An MDB stand-in that records what it received per key, optionally taking its time. */
    private static final class Received<E> implements Consumer<Object> {
        private final Map<String, List<String>> byKey = new ConcurrentHashMap<>();
        private final Function<E, String> key;
        private final Function<E, String> mark;
        private final boolean slow;

        Received(Function<E, String> key, Function<E, String> mark, boolean slow) {
            this.key = key;
            this.mark = mark;
            this.slow = slow;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Object item) {
            if (slow && ThreadLocalRandom.current().nextBoolean()) {
                pause();
            }
            E received = (E) item;
            byKey.computeIfAbsent(key.apply(received), id -> new CopyOnWriteArrayList<>()).add(mark.apply(received));
        }

        List<String> of(String key) {
            return byKey.getOrDefault(key, List.of());
        }
    }

    /** What the container hands the adapter: a factory of endpoints implementing the listener type. */
    private static MessageEndpointFactory endpointFactory(Class<?> listenerType, Consumer<Object> listener) {
        return (MessageEndpointFactory) Proxy.newProxyInstance(InboundDeliveryTest.class.getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "createEndpoint" -> endpoint(listenerType, listener);
                    case "getActivationName" -> "test receiver";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static Object endpoint(Class<?> listenerType, Consumer<Object> listener) {
        return Proxy.newProxyInstance(InboundDeliveryTest.class.getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, listenerType}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == listenerType) {
                        listener.accept(args[0]);
                    }
                    return null;
                });
    }

    /** A WorkManager on a thread pool, as the container's is. */
    private static class PoolWorkManager implements WorkManager {
        private final ExecutorService threads;

        PoolWorkManager(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public void scheduleWork(Work work) throws WorkRejectedException {
            threads.execute(work);
        }

        @Override
        public void scheduleWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener)
                throws WorkRejectedException {
            scheduleWork(work);
        }

        @Override
        public void doWork(Work work) {
            work.run();
        }

        @Override
        public void doWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
            work.run();
        }

        @Override
        public long startWork(Work work) throws WorkRejectedException {
            scheduleWork(work);
            return 0;
        }

        @Override
        public long startWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener)
                throws WorkRejectedException {
            return startWork(work);
        }
    }
}
