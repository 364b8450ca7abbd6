package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What Earshot writes into the SDP it presents: its own address, the codecs it relays, and hold directions. */
class SessionDescriptionTest {

    private static final String OFFER = String.join("\r\n",
            "v=0",
            "o=phone 42 7 IN IP4 192.0.2.10",
            "s=-",
            "c=IN IP4 192.0.2.10",
            "t=0 0",
            "m=audio 4000 RTP/AVP 18 0 101",
            "a=rtpmap:18 G729/8000",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=rtcp:4001",
            "m=video 5000 RTP/AVP 96",
            "a=rtpmap:96 H264/90000", "");

    @Test
    void anchoredKeepsG711AndEventsAtEarshotsAddressAndRefusesOtherStreams() {
        SessionDescription anchored = SessionDescription.parse(OFFER).anchored("127.0.0.1", 20000);

        assertThat(anchored.toString()).contains("o=phone 42 7 IN IP4 127.0.0.1\r\n", "c=IN IP4 127.0.0.1\r\n",
                "m=audio 20000 RTP/AVP 0 101\r\n", "a=rtpmap:101 telephone-event/8000\r\n", "m=video 0 RTP/AVP 96\r\n");
        assertThat(anchored.toString()).doesNotContain("G729", "a=rtcp:");
        assertThat(anchored.telephoneEventType()).isEqualTo(101);
    }

    @Test
    void holdingChangesOnlyTheAudioDirectionAndTheVersion() {
        SessionDescription held = SessionDescription.parse(OFFER).withDirection(MediaDirection.SENDONLY).withNextVersion();

        assertThat(held.direction()).isEqualTo(MediaDirection.SENDONLY);
        assertThat(held.toString()).contains("o=phone 42 8 IN IP4 192.0.2.10\r\n",
                "a=rtcp:4001\r\na=sendonly\r\nm=video 5000");
        SessionDescription resumed = held.withDirection(MediaDirection.SENDRECV);
        assertThat(resumed.direction()).isEqualTo(MediaDirection.SENDRECV);
        assertThat(resumed.toString()).doesNotContain("sendonly").containsOnlyOnce("a=sendrecv");
    }

    @Test
    void descriptionWithoutAudioOrWithBrokenEventsIsRefused() {
        assertThatThrownBy(() -> SessionDescription.parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=video 5000 RTP/AVP 96\r\n"))
                .isInstanceOf(SdpException.class);
        SessionDescription broken = SessionDescription.parse(OFFER.replace("a=rtpmap:101 telephone", "a=rtpmap:x telephone"));
        assertThatThrownBy(broken::telephoneEventType).isInstanceOf(SdpException.class);
    }
}
