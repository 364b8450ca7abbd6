package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.queue.QueuePolicy;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queue calls with real sipp phones: Earshot answers the caller at once and plays the queue prompt
 * (the caller echoes it back, so the relay counts it as coming from the caller), rings the agent
 * idle longest, moves on when that agent lets it ring out, and connects the agent who answers.
 * Short queue times (ring 2 s, longest wait 3 s, no wrap-up) keep the tests fast.
 */
class QueueCallSippTest {

    private static final QueuePolicy SHORT = new QueuePolicy(Duration.ofSeconds(3), Duration.ofSeconds(2),
            Duration.ofSeconds(1), Duration.ZERO);

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1001", "secret-1001").add("1002", "secret-1002"),
            queues, settings -> settings.withQueuePolicy(SHORT));

    @Test
    void longestIdleAgentRingsFirstThenTheNextAgentAnswersWhileTheCallerHearsThePrompt() throws Exception {
        queues.add("Support", "7000", "1001", "1002");
        Sipp.Running ringsOut = earshot.registeredPhone("agent_rings_no_answer.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running answers = earshot.registeredPhone("agent_answers_tone.xml", "1001", "secret-1001", 2, 1200)
                .startAgainst(earshot.port());
        logIn("1002", "7000"); // idle longer than 1001, though 1001 would win a tie
        Thread.sleep(50);
        logIn("1001", "7000");

        Sipp.Running caller = queueCaller("7000").arg("-d", "5000").startAgainst(earshot.port());
        earshot.awaitEvent(CallEvent.Type.QUEUED);
        Thread.sleep(1500); // 1002 rings, nobody has answered
        CallEvent.MediaSummary waiting = earshot.onlyCall().media();
        Sipp.Result called = caller.finish();

        assertSucceeded(called, ringsOut.finish(), answers.finish());
        assertThat(waiting.fromCaller()).as("queue prompt packets echoed by the caller").isGreaterThan(50);
        assertThat(waiting.toCaller()).as("no agent audio while waiting").isZero();
        List<CallEvent> events = earshot.events();
        assertThat(events).extracting(CallEvent::type).containsExactly(CallEvent.Type.QUEUED, CallEvent.Type.RINGING,
                CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(events).extracting(CallEvent::queue).containsOnly("Support");
        assertThat(events).extracting(CallEvent::agent).containsExactly(null, "1002", "1001", "1001", "1001");
        assertThat(events.get(0).detail()).isEqualTo("position 1");
        assertThat(events.get(4).media().toCaller()).as("agent 1001's tone relayed to the caller").isGreaterThan(50);
        assertThat(earshot.server().agents().stateOf("1001").activity()).isEqualTo(AgentStateReport.Activity.IDLE); // no wrap-up
    }

    @Test
    void agentHangingUpTakesTheNextCallerAfterWrapUp() throws Exception {
        queues.add("Support", "7000", "1001");
        Sipp.Running agent = earshot.registeredPhone("agent_answers_then_hangs_up.xml", "1001", "secret-1001", 1, 1200)
                .arg("-d", "800").calls(2).startAgainst(earshot.port());
        logIn("1001", "7000");

        Sipp.Running first = hungUpOn(0, "+331").startAgainst(earshot.port());
        earshot.awaitEvent(CallEvent.Type.QUEUED);
        Sipp.Running second = hungUpOn(3, "+332").startAgainst(earshot.port());

        assertSucceeded(first.finish(), second.finish(), agent.finish());
        List<CallEvent> events = earshot.events();
        CallEvent secondQueued = events.stream().filter(event -> event.type() == CallEvent.Type.QUEUED
                && event.caller().equals("+332")).findFirst().orElseThrow();
        List<String> secondCall = events.stream().filter(event -> event.callId().equals(secondQueued.callId()))
                .map(event -> event.type() + " " + event.agent()).toList();
        assertThat(secondCall).containsExactly("QUEUED null", "RINGING 1001", "ANSWERED 1001", "ENDED 1001");
        CallEvent firstEnded = earshot.awaitEvent(CallEvent.Type.ENDED, event -> event.caller().equals("+331"));
        assertThat(firstEnded.detail()).isEqualTo("agent hung up");
        assertThat(events.indexOf(firstEnded)).as("the second caller is offered only once the first call ended")
                .isLessThan(events.indexOf(earshot.awaitEvent(CallEvent.Type.RINGING, event -> event.caller().equals("+332"))));
    }

    @Test
    void callerNobodyAnswersIsHungUpOnAfterTheLongestWait() throws Exception {
        queues.add("Support", "7000", "1001");

        long started = System.nanoTime();
        Sipp.Result caller = hungUpOn(0, "+331").runAgainst(earshot.port());

        assertSucceeded(caller);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(2900), Duration.ofSeconds(6));
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.QUEUED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).startsWith("no agent answered within");
        assertThat(earshot.server().activeCalls()).isEmpty();
    }

    @Test
    void upstreamQueueHeaderRoutesToTheNamedQueue() throws Exception {
        queues.add("Sales", "7000", "1002");
        queues.add("Billing", "7100", "1001");
        Sipp.Running answers = earshot.registeredPhone("agent_answers_tone.xml", "1001", "secret-1001", 1, 1200)
                .startAgainst(earshot.port());
        logIn("1001", "7100");

        Sipp.Result caller = queueCaller("7000").arg("-set", "queue", "billing", "-d", "1500").runAgainst(earshot.port());

        assertSucceeded(caller, answers.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.QUEUED, CallEvent.Type.RINGING,
                CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events()).extracting(CallEvent::queue).containsOnly("Billing");
        assertThat(earshot.events().get(2).agent()).isEqualTo("1001");
    }

    private void logIn(String agent, String queue) {
        earshot.server().agents().logIn(agent, List.of(queue));
    }

    /** A caller dialing a number, echoing what it hears (the queue prompt) back to Earshot. */
    private Sipp queueCaller(String dialed) throws Exception {
        return earshot.phone("queue_caller.xml", 0, 1000).arg("-s", dialed, "-rtp_echo");
    }

    /** A caller to queue 7000 who waits for Earshot to hang up (an agent's hang-up, or the longest wait). */
    private Sipp hungUpOn(int phone, String caller) throws Exception {
        return earshot.phone("caller_hung_up_on.xml", phone, 1000).arg("-s", "7000", "-key", "caller", caller);
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
