package org.earshot.telephony.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.Test;

/**
 * The sipp phones of queue calls, played against each other so that a broken scenario shows here and
 * not as a puzzling failure of the B2BUA tests that use them.
 */
class QueueScenariosSippTest {

    @Test
    void ringingAgentWaitsToBeCancelled() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        Sipp.Running agent = Sipp.scenario("agent_rings_no_answer.xml").fromPort(agentPort).startAgainst(agentPort);
        Thread.sleep(500); // sipp binds at start; give the phone a moment

        Sipp.Result caller = Sipp.scenario("caller_cancels.xml").arg("-s", "1001", "-d", "1000").runAgainst(agentPort);
        Sipp.Result rang = agent.finish();

        assertThat(caller.succeeded()).as(caller.output()).isTrue();
        assertThat(rang.succeeded()).as(rang.output()).isTrue();
    }

    @Test
    void queueCallerNamingItsQueueIsAnsweredWaitsAndHangsUp() throws Exception {
        int answeringPort = FreePorts.udpAndTcp();
        int media = FreePorts.rtp();
        Sipp.Running answering = Sipp.scenario("agent_answers_tone.xml").fromPort(answeringPort)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(media), "-key", "tone", Tone.pcmu(880) + ",-1,0")
                .startAgainst(answeringPort);
        Thread.sleep(500);

        Sipp.Result caller = Sipp.scenario("queue_caller.xml")
                .arg("-s", "+33478000000", "-set", "queue", "Billing", "-d", "1000", "-rtp_echo",
                        "-mi", "127.0.0.1", "-mp", String.valueOf(media + 8))
                .runAgainst(answeringPort);
        Sipp.Result answered = answering.finish();

        assertThat(caller.succeeded()).as(caller.output()).isTrue();
        assertThat(answered.succeeded()).as(answered.output()).isTrue();
    }

    @Test
    void agentDialingAFeatureCodeIsAnsweredThenHungUpOn() throws Exception {
        int servicePort = FreePorts.udpAndTcp();
        int media = FreePorts.rtp();
        Sipp.Running service = Sipp.scenario("agent_answers_then_hangs_up.xml").fromPort(servicePort)
                .arg("-d", "600", "-mi", "127.0.0.1", "-mp", String.valueOf(media), "-key", "tone", Tone.pcmu(600) + ",-1,0")
                .startAgainst(servicePort);
        Thread.sleep(500);

        Sipp.Result agent = Sipp.scenario("caller_hung_up_on.xml")
                .arg("-s", "*60", "-key", "caller", "1001", "-mi", "127.0.0.1", "-mp", String.valueOf(media + 8))
                .runAgainst(servicePort);
        Sipp.Result served = service.finish();

        assertThat(agent.succeeded()).as(agent.output()).isTrue();
        assertThat(served.succeeded()).as(served.output()).isTrue();
    }
}
