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
 * Parties that stop responding: real sipp phones that read Earshot's requests and never answer.
 * Earshot's T1 is 50 ms here, so its requests time out after 64 × T1 = 3.2 s (Timers B and F). The
 * ring timeouts (60 s) lie beyond sipp's own limit (20 s), so only a transaction timeout can end
 * the ringing in time for a test to pass. A device that never responded counts as 408 Request
 * Timeout (RFC 3261 §8.1.3.1); a party that never answers Earshot's BYE keeps neither the call,
 * nor its RTP ports, nor the other party.
 */
class UnresponsivePartySippTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final QueuePolicy LONG_RINGING = new QueuePolicy(LONG, LONG, Duration.ofSeconds(1), Duration.ZERO);

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1001", "secret-1001").add("1002", "secret-1002"),
            queues, settings -> settings.withRetransmitInterval(Duration.ofMillis(50)).withRingTimeout(LONG)
                    .withQueuePolicy(LONG_RINGING));

    @Test
    void deviceThatNeverRespondsTimesOutAndTheCallerGetsRequestTimeout() throws Exception {
        Sipp.Running silent = silentDevice("1002", 1);

        Sipp.Result caller = caller("1002");

        assertSucceeded(caller, silent.finish());
        assertThat(caller.logged()).contains("SIP/2.0 408 Device did not respond");
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.ENDED);
        assertThat(earshot.events().get(0).detail()).isEqualTo("agent unavailable: 408 Device did not respond");
        earshot.assertNoCallLeft();
    }

    /** A busy desk phone and a laptop gone offline but still registered: the caller hears busy, not a timeout. */
    @Test
    void busyDeviceTellsTheCallerMoreThanASilentOne() throws Exception {
        Sipp.Running silent = silentDevice("1002", 1);
        Sipp.Running busy = earshot.registeredPhone("agent_busy.xml", "1002", "secret-1002", 2, 2600)
                .arg("-d", "200").startAgainst(earshot.port());

        Sipp.Result caller = caller("1002");

        assertSucceeded(caller, silent.finish(), busy.finish());
        assertThat(caller.logged()).contains("SIP/2.0 486 Busy Here");
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("agent unavailable: 486 Busy Here");
        earshot.assertNoCallLeft();
    }

    @Test
    void queueCallMovesOnFromAnAgentWhoseDeviceNeverResponds() throws Exception {
        queues.add("Support", "7000", "1001", "1002");
        Sipp.Running silent = silentDevice("1002", 1);
        Sipp.Running answers = earshot.registeredPhone("agent_answers_tone.xml", "1001", "secret-1001", 2, 1200)
                .startAgainst(earshot.port());
        earshot.server().agents().logIn("1002", List.of("7000"));
        Thread.sleep(50); // 1002 idle longest: offered first
        earshot.server().agents().logIn("1001", List.of("7000"));

        Sipp.Result caller = earshot.phone("queue_caller.xml", 0, 1000).arg("-s", "7000", "-rtp_echo", "-d", "6000")
                .runAgainst(earshot.port());

        assertSucceeded(caller, silent.finish(), answers.finish());
        assertThat(earshot.events()).extracting(event -> event.type() + " " + event.agent())
                .containsExactly("QUEUED null", "RINGING 1002", "RINGING 1001", "ANSWERED 1001", "ENDED 1001");
        assertThat(earshot.events().get(4).media().toCaller()).as("agent 1001's tone relayed to the caller").isGreaterThan(50);
        assertThat(earshot.server().agents().stateOf("1002").activity()).isEqualTo(AgentStateReport.Activity.IDLE);
        earshot.assertNoCallLeft();
    }

    /**
     * The caller hangs up; the agent's phone takes Earshot's BYE and never answers it. The caller is
     * released at once and the call is over on Earshot's side while the BYE still goes unanswered;
     * when the agent's phone later hangs up itself, that BYE finds no call (481).
     */
    @Test
    void agentWhoNeverAnswersByeDoesNotKeepTheCall() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_ignores_bye.xml", "1002", "secret-1002", 1, 2600)
                .arg("-d", "4000").startAgainst(earshot.port());

        Sipp.Result caller = earshot.phone("caller_tone.xml", 0, 1000).arg("-s", "1002", "-d", "1500")
                .runAgainst(earshot.port());

        assertSucceeded(caller);
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo("caller hung up");
        earshot.assertNoCallLeft();
        Sipp.Result agentDone = agent.finish();
        assertSucceeded(agentDone);
        assertThat(agentDone.logged()).contains("SIP/2.0 481");
        assertThat(earshot.eventTypes()).as("nothing more happened to the call").hasSize(3);
    }

    /** A registered device of the agent that takes Earshot's INVITE and says nothing for 5 s. */
    private Sipp.Running silentDevice(String agent, int phone) throws Exception {
        return earshot.registeredPhone("agent_never_responds.xml", agent, "secret-" + agent, phone, 2600)
                .arg("-d", "5000").startAgainst(earshot.port());
    }

    private Sipp.Result caller(String dialed) throws Exception {
        return earshot.phone("caller_refused.xml", 0, 1000).arg("-s", dialed, "-key", "codecs", "0 96").runAgainst(earshot.port());
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
