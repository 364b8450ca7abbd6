package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While an agent's devices ring (real sipp phones): the caller gives up, nobody answers in time,
 * or several devices of the agent ring at once and the first to answer gets the call.
 */
class RingingSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"),
            settings -> settings.withRingTimeout(Duration.ofSeconds(2)));

    @Test
    void callerCancelsWhileTheAgentRingsAndTheAgentIsCancelledToo() throws Exception {
        Sipp.Running agent = device("agent_rings_until_cancelled.xml", 1);

        Sipp.Result caller = caller("caller_cancels.xml").runAgainst(earshot.port());

        assertSucceeded(caller, agent.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("caller cancelled");
        assertThat(earshot.server().activeCalls()).isEmpty();
    }

    @Test
    void ringNoAnswerCancelsTheAgentAndTellsTheCallerThereIsNoAnswer() throws Exception {
        Sipp.Running agent = device("agent_rings_until_cancelled.xml", 1);

        long started = System.nanoTime();
        Sipp.Result caller = caller("caller_refused.xml").arg("-key", "codecs", "0 96").runAgainst(earshot.port());

        assertSucceeded(caller, agent.finish());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(6));
        assertThat(caller.logged()).contains("SIP/2.0 480 No answer");
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("no answer");
    }

    @Test
    void allDevicesOfTheAgentRingAndTheFirstToAnswerGetsTheCall() throws Exception {
        Sipp.Running ringing = device("agent_rings_until_cancelled.xml", 1);
        Sipp.Running answering = device("agent_answers_tone.xml", 2);
        assertThat(earshot.server().locations().bindingsOf("1002")).hasSize(2);

        Sipp.Result caller = caller("caller_tone.xml").arg("-d", "1500").runAgainst(earshot.port());

        assertSucceeded(caller, ringing.finish(), answering.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).media().toCaller()).isGreaterThan(25);
    }

    @Test
    void deviceAnsweringAfterAnotherWonIsAcknowledgedAndHungUp() throws Exception {
        Sipp.Running lateAnswer = device("agent_answers_after_cancel.xml", 1);
        Sipp.Running answering = device("agent_answers_tone.xml", 2);

        Sipp.Result caller = caller("caller_tone.xml").arg("-d", "1500").runAgainst(earshot.port());

        assertSucceeded(caller, lateAnswer.finish(), answering.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo("caller hung up");
    }

    /** One of the agent's devices: each registers extension 1002 from its own port. */
    private Sipp.Running device(String scenario, int phone) throws Exception {
        return earshot.registeredPhone(scenario, "1002", "secret-1002", phone, 2600).startAgainst(earshot.port());
    }

    private Sipp caller(String scenario) throws Exception {
        return earshot.phone(scenario, 0, 1000).arg("-s", "1002");
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
