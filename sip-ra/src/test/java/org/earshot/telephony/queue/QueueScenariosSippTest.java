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
        playTogether(Sipp.scenario("agent_rings_no_answer.xml"),
                Sipp.scenario("caller_cancels.xml").arg("-s", "1001", "-d", "1000"));
    }

    @Test
    void queueCallerNamingItsQueueIsAnsweredWaitsAndHangsUp() throws Exception {
        int media = FreePorts.rtp();
        playTogether(Sipp.scenario("agent_answers_tone.xml")
                        .arg("-mi", "127.0.0.1", "-mp", String.valueOf(media), "-key", "tone", Tone.pcmu(880) + ",-1,0"),
                Sipp.scenario("queue_caller.xml").arg("-s", "+33478000000", "-set", "queue", "Billing", "-d", "1000",
                        "-rtp_echo", "-mi", "127.0.0.1", "-mp", String.valueOf(media + 8)));
    }

    @Test
    void agentDialingAFeatureCodeIsAnsweredThenHungUpOn() throws Exception {
        int media = FreePorts.rtp();
        playTogether(Sipp.scenario("agent_answers_then_hangs_up.xml")
                        .arg("-d", "600", "-mi", "127.0.0.1", "-mp", String.valueOf(media), "-key", "tone", Tone.pcmu(600) + ",-1,0"),
                Sipp.scenario("caller_hung_up_on.xml")
                        .arg("-s", "*60", "-key", "caller", "1001", "-mi", "127.0.0.1", "-mp", String.valueOf(media + 8)));
    }

    /** Starts the answering phone, lets the calling one call it, and expects both to end as scripted. */
    private static void playTogether(Sipp answering, Sipp calling) throws Exception {
        int port = FreePorts.udpAndTcp();
        Sipp.Running phone = answering.fromPort(port).startAgainst(port);
        Thread.sleep(500); // sipp binds at start; give the answering phone a moment

        Sipp.Result caller = calling.runAgainst(port);
        Sipp.Result answered = phone.finish();

        assertThat(caller.succeeded()).as(caller.output()).isTrue();
        assertThat(answered.succeeded()).as(answered.output()).isTrue();
    }
}
