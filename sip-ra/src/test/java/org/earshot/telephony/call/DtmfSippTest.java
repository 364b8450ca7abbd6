package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Goertzel;
import org.earshot.telephony.testing.RtpReceiver;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caller (real sipp) presses keys, sent as RFC 4733 telephone-events with the payload type
 * its SDP negotiated (sipp uses 96): the agent's port receives them unchanged, and Earshot reports
 * each key once, however many end packets the phone repeats.
 */
class DtmfSippTest {

    private static final int TELEPHONE_EVENT = 96;
    private static final int PCMU = 0;

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002");
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
    void callersKeysReachTheAgentUnchangedAndAreReportedOnceEach() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        Sipp.Result caller;
        Sipp.Result agent;
        List<RtpReceiver.Packet> events;
        short[] audio;
        try (RtpReceiver agentMedia = new RtpReceiver(earshot.phoneMedia(1))) {
            Sipp.Running answering = Sipp.scenario("agent_answers_elsewhere.xml").fromPort(agentPort)
                    .arg("-key", "rtp_port", String.valueOf(earshot.phoneMedia(1))).startAgainst(earshot.port());
            caller = Sipp.scenario("caller_dtmf.xml")
                    .arg("-s", "1002", "-d", "1000", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(0)),
                            "-key", "tone", Tone.pcmu(1000) + ",-1,0", "-key", "dtmf", "47*,120")
                    .runAgainst(earshot.port());
            agent = answering.finish();
            events = agentMedia.packets(TELEPHONE_EVENT);
            audio = agentMedia.audio(PCMU);
        }

        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(agent.succeeded()).as(agent.describe()).isTrue();
        List<RtpReceiver.Packet> ends = events.stream().filter(RtpReceiver.Packet::endsEvent).toList();
        assertThat(ends.stream().map(RtpReceiver.Packet::event).distinct()).containsExactly(4, 7, 10);
        assertThat(ends.size()).as("end packets repeated, as RFC 4733 §2.5.1.4 asks").isGreaterThan(3);
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.DTMF)
                .extracting(CallEvent::detail).containsExactly("4", "7", "*");
        assertThat(earshot.eventTypes()).startsWith(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED)
                .endsWith(CallEvent.Type.ENDED);
        assertThat(Goertzel.present(audio, 8000, 1000)).isTrue();
    }
}
