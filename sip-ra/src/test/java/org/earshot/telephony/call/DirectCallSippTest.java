package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller (real sipp) dials a registered agent's extension (another real sipp); Earshot answers,
 * rings the agent, bridges them, and both tones flow through Earshot's own RTP ports.
 */
class DirectCallSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002");
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private SipServer server;
    private int port;
    private int mediaBase;

    @BeforeEach
    void startServer() throws Exception {
        port = FreePorts.udpAndTcp();
        // one block of media ports: Earshot's range, then each sipp's pair (sipp binds mp and mp+2)
        mediaBase = FreePorts.rtp();
        SipSettings settings = SipSettings.of("127.0.0.1", port, "earshot", "earshot-test-" + port)
                .withChallenges(DigestAlgorithm.MD5).withRtpPorts(mediaBase + 20, mediaBase + 60);
        server = new SipServer(settings, subscribers, new Queues(), events::add, state -> { }, subscription -> { }, report -> { }, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void callerReachesRegisteredAgentAndAudioFlowsBothWaysThroughEarshot() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        assertThat(Sipp.scenario("register_auth.xml").fromPort(agentPort)
                .arg("-s", "1002", "-au", "1002", "-ap", "secret-1002").runAgainst(port).succeeded()).isTrue();

        Path agentTone = Tone.pcmu(2600);
        Path callerTone = Tone.pcmu(1000);
        Sipp.Running agent = Sipp.scenario("agent_answers_tone.xml").fromPort(agentPort)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(mediaBase), "-key", "tone", agentTone + ",-1,0")
                .startAgainst(port);
        Thread.sleep(500); // sipp binds at start; give the agent's phone a moment
        Sipp.Result caller = Sipp.scenario("caller_tone.xml")
                .arg("-s", "1002", "-d", "3000", "-mi", "127.0.0.1", "-mp", String.valueOf(mediaBase + 8),
                        "-key", "tone", callerTone + ",-1,0")
                .runAgainst(port);
        Sipp.Result answered = agent.finish();

        assertThat(caller.succeeded()).as(caller.output()).isTrue();
        assertThat(answered.succeeded()).as(answered.output()).isTrue();
        assertThat(events).extracting(CallEvent::type)
                .containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        CallEvent ended = events.get(2);
        assertThat(ended.detail()).isEqualTo("caller hung up");
        assertThat(ended.dialed()).isEqualTo("1002");
        // 3 s at 50 packets/s each way, through Earshot's ports in both directions
        assertThat(ended.media().fromCaller()).isGreaterThan(100);
        assertThat(ended.media().toAgent()).isEqualTo(ended.media().fromCaller());
        assertThat(ended.media().fromAgent()).isGreaterThan(100);
        assertThat(ended.media().toCaller()).isGreaterThan(100);
    }
}
