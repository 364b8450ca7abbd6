package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While an agent's devices ring (real sipp phones): the caller gives up, nobody answers in time,
 * or several devices of the agent ring at once and the first to answer gets the call.
 */
class RingingSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002");
    private Earshot earshot;

    @BeforeEach
    void start() throws Exception {
        earshot = Earshot.start(subscribers, settings -> settings.withRingTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        earshot.close();
    }

    @Test
    void callerCancelsWhileTheAgentRingsAndTheAgentIsCancelledToo() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        Sipp.Running agent = Sipp.scenario("agent_rings_until_cancelled.xml").fromPort(agentPort).startAgainst(earshot.port());

        Sipp.Result caller = caller("caller_cancels.xml").runAgainst(earshot.port());

        assertSucceeded(caller, agent.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("caller cancelled");
        assertThat(earshot.server().activeCalls()).isEmpty();
    }

    @Test
    void ringNoAnswerCancelsTheAgentAndTellsTheCallerThereIsNoAnswer() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        Sipp.Running agent = Sipp.scenario("agent_rings_until_cancelled.xml").fromPort(agentPort).startAgainst(earshot.port());

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
        int ringingPort = FreePorts.udpAndTcp();
        int answeringPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", ringingPort);
        earshot.register("1002", "secret-1002", answeringPort);
        assertThat(earshot.server().locations().bindingsOf("1002")).hasSize(2);
        Sipp.Running ringing = Sipp.scenario("agent_rings_until_cancelled.xml").fromPort(ringingPort).startAgainst(earshot.port());
        Sipp.Running answering = answeringAgent(answeringPort);

        Sipp.Result caller = caller("caller_tone.xml").arg("-d", "1500").runAgainst(earshot.port());

        assertSucceeded(caller, ringing.finish(), answering.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).media().toCaller()).isGreaterThan(25);
    }

    @Test
    void deviceAnsweringAfterAnotherWonIsAcknowledgedAndHungUp() throws Exception {
        int lateAnswerPort = FreePorts.udpAndTcp();
        int answeringPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", lateAnswerPort);
        earshot.register("1002", "secret-1002", answeringPort);
        Sipp.Running lateAnswer = Sipp.scenario("agent_answers_after_cancel.xml").fromPort(lateAnswerPort)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(2))).startAgainst(earshot.port());
        Sipp.Running answering = answeringAgent(answeringPort);

        Sipp.Result caller = caller("caller_tone.xml").arg("-d", "1500").runAgainst(earshot.port());

        assertSucceeded(caller, lateAnswer.finish(), answering.finish());
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo("caller hung up");
    }

    private Sipp.Running answeringAgent(int port) throws Exception {
        Path tone = Tone.pcmu(2600);
        return Sipp.scenario("agent_answers_tone.xml").fromPort(port)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(1)), "-key", "tone", tone + ",-1,0")
                .startAgainst(earshot.port());
    }

    private Sipp caller(String scenario) throws Exception {
        Path tone = Tone.pcmu(1000);
        return Sipp.scenario(scenario).arg("-s", "1002", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(0)),
                "-key", "tone", tone + ",-1,0");
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
