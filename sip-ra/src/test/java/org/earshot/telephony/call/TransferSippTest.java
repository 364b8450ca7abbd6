package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Blind transfer by REFER from the agent (real sipp phones): the caller ends up with the target
 * without being asked anything (no re-INVITE reaches it), or stays with the agent if the target
 * cannot take the call. The audio each party hears across a transfer is proven in BaresipCallTest.
 */
class TransferSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003");
    private Earshot earshot;

    @BeforeEach
    void start() throws Exception {
        earshot = Earshot.start(subscribers);
    }

    @AfterEach
    void stop() {
        earshot.close();
    }

    @Test
    void agentTransfersTheCallerToAnotherExtension() throws Exception {
        int targetPort = FreePorts.udpAndTcp();
        earshot.register("1003", "secret-1003", targetPort);
        Sipp.Running target = Sipp.scenario("agent_answers_tone.xml").fromPort(targetPort)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(2)), "-key", "tone", Tone.pcmu(440) + ",-1,0")
                .startAgainst(earshot.port());
        Sipp.Running agent = transferringAgent("agent_transfers.xml", "1003");

        Sipp.Running caller = caller("caller_tone.xml", "-d", "4000");
        CallEvent transferred = earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Thread.sleep(300);
        CallEvent.MediaSummary connected = earshot.onlyCall().media();
        Thread.sleep(1000);
        CallEvent.MediaSummary second = earshot.onlyCall().media();
        Sipp.Result callerDone = caller.finish();
        Sipp.Result agentDone = agent.finish();
        Sipp.Result targetDone = target.finish();

        assertThat(callerDone.succeeded()).as(callerDone.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(targetDone.succeeded()).as(targetDone.describe()).isTrue();
        assertThat(agentDone.logged()).containsSubsequence("notify SIP/2.0 100 Trying", "notify SIP/2.0 180 Ringing",
                "notify SIP/2.0 200 OK");
        assertThat(transferred.detail()).isEqualTo("1003");
        assertThat(transferred.agent()).isEqualTo("1003");
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED,
                CallEvent.Type.TRANSFERRED, CallEvent.Type.ENDED);
        CallEvent ended = earshot.events().get(3);
        assertThat(ended.detail()).isEqualTo("caller hung up");
        assertThat(ended.agent()).isEqualTo("1003");
        // the caller and the target talk through the same relay, without the old agent's packets
        assertThat(second.fromCaller() - connected.fromCaller()).isGreaterThan(35);
        assertThat(second.toAgent() - connected.toAgent()).isGreaterThan(35);
        assertThat(second.fromAgent() - connected.fromAgent()).isGreaterThan(35);
        assertThat(second.toCaller() - connected.toCaller()).isGreaterThan(35);
        assertThat(ended.media().lost()).isLessThan(10);
    }

    @Test
    void transferToAnUnknownExtensionFailsAndTheCallerStaysWithTheAgent() throws Exception {
        Sipp.Running agent = transferringAgent("agent_transfer_fails.xml", "1999");

        Sipp.Result caller = caller("caller_tone_until_bye.xml").finish();
        Sipp.Result agentDone = agent.finish();

        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(agentDone.logged()).containsSubsequence("notify SIP/2.0 100 Trying", "notify SIP/2.0 404 No such extension");
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo("agent hung up");
        assertThat(earshot.events().get(2).agent()).isEqualTo("1002");
    }

    private Sipp.Running transferringAgent(String scenario, String target) throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        return Sipp.scenario(scenario).fromPort(agentPort)
                .arg("-d", "1000", "-key", "target", target, "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(1)),
                        "-key", "tone", Tone.pcmu(2600) + ",-1,0")
                .startAgainst(earshot.port());
    }

    private Sipp.Running caller(String scenario, String... more) throws Exception {
        return Sipp.scenario(scenario).arg("-s", "1002", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(0)),
                "-key", "tone", Tone.pcmu(1000) + ",-1,0").arg(more).startAgainst(earshot.port());
    }
}
