package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Goertzel;
import org.earshot.telephony.testing.RtpReceiver;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caller (real sipp) presses keys, sent as RFC 4733 telephone-events with the payload type
 * its SDP negotiated (sipp uses 96): the agent's port receives them unchanged, and Earshot reports
 * each key once, however many end packets the phone repeats.
 */
class DtmfSippTest {

    private static final int TELEPHONE_EVENT = 96;
    private static final int PCMU = 0;

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"));

    @Test
    void callersKeysReachTheAgentUnchangedAndAreReportedOnceEach() throws Exception {
        Sipp.Result caller;
        Sipp.Result agent;
        List<RtpReceiver.Packet> events;
        short[] audio;
        try (RtpReceiver agentMedia = new RtpReceiver(earshot.phoneMedia(1))) {
            Sipp.Running answering = earshot.registeredPhone("agent_answers_elsewhere.xml", "1002", "secret-1002", 2, 2600)
                    .arg("-key", "rtp_port", String.valueOf(earshot.phoneMedia(1))).startAgainst(earshot.port());
            caller = earshot.phone("caller_dtmf.xml", 0, 1000).arg("-s", "1002", "-d", "1000", "-key", "dtmf", "47*,120")
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
