package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.earshot.telephony.testing.Goertzel;
import org.junit.jupiter.api.Test;

/** Both G.711 laws against the reference points of ITU-T G.711 and the classic reference implementation. */
class G711Test {

    // ITU-T G.711 tables 5 and 6: the digital milliwatt, a 1 kHz sine at 0 dBm0 as 8 repeating codes
    private static final int[] ULAW_MILLIWATT = {0x1E, 0x0B, 0x0B, 0x1E, 0x9E, 0x8B, 0x8B, 0x9E};
    private static final int[] ALAW_MILLIWATT = {0x34, 0x21, 0x21, 0x34, 0xB4, 0xA1, 0xA1, 0xB4};

    @Test
    void ulawEncodesZeroDbm0SineAsTheDigitalMilliwatt() {
        assertThat(milliwattCodes(G711.PCMU, 32636 * Math.pow(10, -3.17 / 20))).containsExactly(ULAW_MILLIWATT);
    }

    @Test
    void alawEncodesZeroDbm0SineAsTheDigitalMilliwatt() {
        assertThat(milliwattCodes(G711.PCMA, 32768 * Math.pow(10, -3.14 / 20))).containsExactly(ALAW_MILLIWATT);
    }

    @Test
    void digitalMilliwattDecodesToAThousandHertzToneInBothLaws() {
        for (G711 law : G711.values()) {
            int[] pattern = law == G711.PCMU ? ULAW_MILLIWATT : ALAW_MILLIWATT;
            byte[] second = new byte[8000];
            for (int i = 0; i < second.length; i++) {
                second[i] = (byte) pattern[i % 8];
            }
            short[] decoded = law.decode(second);
            assertThat(Goertzel.levelDb(decoded, 8000, 1000)).as(law.name()).isBetween(-4.0, -2.0);
            assertThat(Goertzel.present(decoded, 8000, 2000)).as(law.name()).isFalse();
        }
    }

    @Test
    void ulawReferencePoints() {
        assertThat(G711.PCMU.encode(0)).isEqualTo((byte) 0xFF);
        assertThat(G711.PCMU.decode((byte) 0xFF)).isEqualTo((short) 0);
        assertThat(G711.PCMU.decode((byte) 0x7F)).isEqualTo((short) 0);
        assertThat(G711.PCMU.decode((byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.PCMU.decode((byte) 0x00)).isEqualTo((short) -32124);
        assertThat(G711.PCMU.encode(Short.MAX_VALUE)).isEqualTo((byte) 0x80);
        assertThat(G711.PCMU.encode(Short.MIN_VALUE)).isEqualTo((byte) 0x00);
        assertThat(G711.PCMU.encode(1_000_000)).as("clipped").isEqualTo((byte) 0x80);
    }

    @Test
    void alawReferencePoints() {
        assertThat(G711.PCMA.encode(0)).isEqualTo((byte) 0xD5);
        assertThat(G711.PCMA.decode((byte) 0xD5)).isEqualTo((short) 8);
        assertThat(G711.PCMA.decode((byte) 0x55)).isEqualTo((short) -8);
        assertThat(G711.PCMA.decode((byte) 0xAA)).isEqualTo((short) 32256);
        assertThat(G711.PCMA.decode((byte) 0x2A)).isEqualTo((short) -32256);
        assertThat(G711.PCMA.encode(Short.MAX_VALUE)).isEqualTo((byte) 0xAA);
        assertThat(G711.PCMA.encode(Short.MIN_VALUE)).isEqualTo((byte) 0x2A);
        assertThat(G711.PCMA.encode(-1_000_000)).as("clipped").isEqualTo((byte) 0x2A);
    }

    @Test
    void everyCodeSurvivesDecodeAndEncodeExceptUlawNegativeZero() {
        for (int code = 0; code < 256; code++) {
            assertThat(G711.PCMA.encode(G711.PCMA.decode((byte) code))).isEqualTo((byte) code);
            int expected = code == 0x7F ? 0xFF : code; // -0 and +0 decode alike; encoding picks +0
            assertThat(G711.PCMU.encode(G711.PCMU.decode((byte) code))).isEqualTo((byte) expected);
        }
    }

    @Test
    void everySampleComesBackWithinItsQuantizationStep() {
        for (G711 law : G711.values()) {
            for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
                int error = Math.abs(law.decode(law.encode(sample)) - sample);
                assertThat(error).as("%s %d", law, sample).isLessThanOrEqualTo(Math.abs(sample) / 32 + 16);
            }
        }
    }

    @Test
    void aPacketDecodesAsEachOfItsBytesAndAddsClipped() {
        ByteBuffer packet = ByteBuffer.allocateDirect(2 + 256);
        packet.position(2);
        for (int code = 0; code < 256; code++) {
            packet.put((byte) code);
        }
        for (G711 law : G711.values()) {
            short[] samples = new short[1 + 256];
            law.decode(packet, 2, 256, samples, 1, false);
            for (int code = 0; code < 256; code++) {
                assertThat(samples[1 + code]).isEqualTo(law.decode((byte) code));
            }
            assertThat(samples[0]).as("nothing before the place asked for").isZero();

            short[] loud = {30000, -30000, 100};
            law.decode(packet, 2 + (law.encode(30000) & 0xFF), 1, loud, 0, true);
            assertThat(loud[0]).isEqualTo(Short.MAX_VALUE);
        }
    }

    @Test
    void lawFollowsTheOfferedPayloadTypes() {
        assertThat(G711.ofPayloadType(0)).contains(G711.PCMU);
        assertThat(G711.ofPayloadType(8)).contains(G711.PCMA);
        assertThat(G711.ofPayloadType(9)).isEmpty();
        assertThat(G711.preferredBy(offer("9 8 0 101"))).isEqualTo(G711.PCMA);
        assertThat(G711.preferredBy(offer("0 8"))).isEqualTo(G711.PCMU);
        assertThatThrownBy(() -> G711.preferredBy(offer("9 18"))).isInstanceOf(SdpException.class);
    }

    @Test
    void offerLimitedToTheCallersLawKeepsTelephoneEventsAndDropsTheOtherLaw() {
        SessionDescription offer = offer("8 0 96", "a=rtpmap:8 PCMA/8000", "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:96 telephone-event/8000", "a=fmtp:96 0-15");

        String answer = offer.limitedTo(G711.preferredBy(offer)).anchored("10.0.0.1", 20000).toString();

        assertThat(answer).contains("m=audio 20000 RTP/AVP 8 96\r\n", "a=rtpmap:8 PCMA/8000", "a=fmtp:96 0-15")
                .doesNotContain("PCMU");
        assertThatThrownBy(() -> offer("0").limitedTo(G711.PCMA)).isInstanceOf(SdpException.class);
    }

    private static SessionDescription offer(String payloadTypes, String... attributes) {
        return SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP " + payloadTypes + "\r\n" + String.join("\r\n", attributes) + "\r\n");
    }

    private static byte[] milliwattCodes(G711 law, double amplitude) {
        byte[] codes = new byte[8];
        for (int k = 0; k < 8; k++) {
            codes[k] = law.encode((int) Math.round(-amplitude * Math.sin(Math.PI / 8 + k * Math.PI / 4)));
        }
        return codes;
    }
}
