package org.earshot.telephony.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.earshot.telephony.call.CallEvent;
import org.earshot.telephony.call.CallEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallEventDeliveryTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final CallEventDelivery delivery = new CallEventDelivery(new PoolWorkManager(threads));

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void eachCallsEventsArriveInTheOrderTheyWereRaisedWhileCallsRunInParallel() throws Exception {
        Receiver receiver = new Receiver(true);
        delivery.activate(receiver.factory());
        List<String> calls = List.of("a", "b", "c", "d", "e", "f");
        for (int round = 0; round < 50; round++) {
            for (String call : calls) {
                delivery.onCallEvent(event(call, round < 49 ? CallEvent.Type.HELD : CallEvent.Type.ENDED, round));
            }
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        for (String call : calls) {
            assertThat(receiver.details(call)).as("call " + call).containsExactlyElementsOf(
                    IntStream.range(0, 50).mapToObj(String::valueOf).toList());
        }
    }

    @Test
    void eventsRaisedBeforeAnyReceiverIsActiveAreDropped() throws Exception {
        delivery.onCallEvent(event("early", CallEvent.Type.RINGING, 0));
        Receiver receiver = new Receiver(false);
        delivery.activate(receiver.factory());
        delivery.onCallEvent(event("later", CallEvent.Type.RINGING, 1));
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(receiver.details("early")).isEmpty();
        assertThat(receiver.details("later")).containsExactly("1");
    }

    @Test
    void everyActiveReceiverGetsEveryEventAndAFailingOneDoesNotStopTheOthers() throws Exception {
        Receiver records = new Receiver(false);
        MessageEndpointFactory failing = endpointFactory(event -> {
            throw new IllegalStateException("database down");
        });
        delivery.activate(failing);
        delivery.activate(records.factory());
        delivery.onCallEvent(event("x", CallEvent.Type.RINGING, 0));
        delivery.onCallEvent(event("x", CallEvent.Type.ENDED, 1));
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(records.details("x")).containsExactly("0", "1");
    }

    private static CallEvent event(String callId, CallEvent.Type type, int sequence) {
        return new CallEvent(callId, type, Instant.now(), "caller", "1002", null, "1002", String.valueOf(sequence), null);
    }

    /** An MDB stand-in that records what it received, per call, optionally taking its time. */
    private static final class Receiver {
        private final Map<String, List<String>> received = new ConcurrentHashMap<>();
        private final boolean slow;

        Receiver(boolean slow) {
            this.slow = slow;
        }

        MessageEndpointFactory factory() {
            return endpointFactory(event -> {
                if (slow) {
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(2));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                received.computeIfAbsent(event.callId(), id -> new CopyOnWriteArrayList<>()).add(event.detail());
            });
        }

        List<String> details(String callId) {
            return received.getOrDefault(callId, List.of());
        }
    }

    /** What the container hands the adapter: a factory of endpoints implementing the listener. */
    private static MessageEndpointFactory endpointFactory(CallEventListener listener) {
        return (MessageEndpointFactory) Proxy.newProxyInstance(CallEventDeliveryTest.class.getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "createEndpoint" -> endpoint(listener);
                    case "getActivationName" -> "test receiver";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static Object endpoint(CallEventListener listener) {
        return Proxy.newProxyInstance(CallEventDeliveryTest.class.getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, CallEventListener.class}, (proxy, method, args) -> {
                    if (method.getName().equals("onCallEvent")) {
                        listener.onCallEvent((CallEvent) args[0]);
                    }
                    return null;
                });
    }

    /** A WorkManager on a thread pool, as the container's is. */
    private record PoolWorkManager(ExecutorService threads) implements WorkManager {
        @Override
        public void scheduleWork(Work work) {
            threads.execute(work);
        }

        @Override
        public void scheduleWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
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
        public long startWork(Work work) {
            scheduleWork(work);
            return 0;
        }

        @Override
        public long startWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
            return startWork(work);
        }
    }
}
