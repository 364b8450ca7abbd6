package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** What one party receives stays one RTP stream whatever Earshot sends it: relayed packets, mixed frames, prompts. */
class RtpStreamTest {

    private static final long FRAME = RtpStream.FRAME_NANOS;
    private static final int PCMU = 0;
    private static final int TELEPHONE_EVENT = 101;

    private final RtpStream stream = new RtpStream();

    @Test
    void ownFramesFollowEachOtherByOneSequenceNumberAnd160Samples() {
        Header first = own(0);
        Header second = own(FRAME);
        Header third = own(2 * FRAME + FRAME / 4); // a tick a little late changes nothing

        assertThat(first.marker()).as("a talkspurt starts").isTrue();
        assertThat(second.marker()).isFalse();
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1 & 0xFFFF);
        assertThat(third.timestamp() - second.timestamp()).isEqualTo(160);
        assertThat(first.ssrc()).isEqualTo(stream.ssrc()).isEqualTo(third.ssrc());
    }

    @Test
    void relayedPacketsTakeTheStreamsSsrcAndSequenceAndKeepTheSourcesSpacing() {
        Header first = relayed(0x1111, PCMU, 50_000, 7_000, 0);
        Header next = relayed(0x1111, PCMU, 50_480, 7_001, 3 * FRAME); // the source was silent for two frames

        assertThat(first.ssrc()).isEqualTo(stream.ssrc());
        assertThat(first.marker()).isTrue();
        assertThat(next.marker()).isFalse();
        assertThat(next.sequence()).isEqualTo(first.sequence() + 1 & 0xFFFF);
        assertThat(next.timestamp() - first.timestamp()).isEqualTo(480);
    }

    /** The mixer starts and stops, and a supervisor takes over: each change goes on from where the stream was. */
    @Test
    void aChangeOfSourceGoesOnFromTheLastTimestampByTheTimeThatPassed() {
        Header relayedLast = relayed(0x1111, PCMU, 900_000, 1, 0);
        Header mixed = own(FRAME);
        Header mixedNext = own(2 * FRAME);
        Header relayedAgain = relayed(0x1111, PCMU, 900_480, 4, 4 * FRAME);
        Header takenOver = relayed(0x2222, PCMU, 5, 77, 5 * FRAME);

        assertThat(mixed.timestamp() - relayedLast.timestamp()).isEqualTo(160);
        assertThat(mixed.marker()).isTrue();
        assertThat(relayedAgain.timestamp() - mixedNext.timestamp()).isEqualTo(2 * 160);
        assertThat(relayedAgain.marker()).isTrue();
        assertThat(takenOver.timestamp() - relayedAgain.timestamp()).isEqualTo(160);
        assertThat(takenOver.marker()).isTrue();
        assertThat(takenOver.sequence()).isEqualTo(relayedLast.sequence() + 4 & 0xFFFF);
        assertThat(takenOver.ssrc()).isEqualTo(relayedLast.ssrc()).isEqualTo(stream.ssrc());
    }

    /** RFC 4733: every packet of one event carries the event's start timestamp, also between mixed frames. */
    @Test
    void anEventRelayedBetweenMixedFramesKeepsOneTimestamp() {
        own(0);
        Header eventStart = relayed(0x1111, TELEPHONE_EVENT, 30_000, 10, FRAME / 2);
        Header mixed = own(FRAME);
        Header eventGoesOn = relayed(0x1111, TELEPHONE_EVENT, 30_000, 11, FRAME + FRAME / 2);
        Header mixedNext = own(2 * FRAME);

        assertThat(mixed.marker()).isFalse();
        assertThat(eventGoesOn.timestamp()).isEqualTo(eventStart.timestamp());
        assertThat(eventGoesOn.marker()).isFalse();
        assertThat(mixedNext.marker()).as("the event's repeats do not interrupt the mixed frames").isFalse();
        assertThat(mixedNext.timestamp() - mixed.timestamp()).isEqualTo(160);
    }

    @Test
    void aNewPromptGoesOnByTheTimeThatPassed() {
        Header announcement = own(0, true);
        Header late = own(FRAME + 3 * FRAME); // a late tick of the same prompt: its audio goes on without a gap
        Header holdPrompt = own(2_000_000_000L, true); // the next prompt starts two seconds in

        assertThat(late.timestamp() - announcement.timestamp()).isEqualTo(160);
        assertThat(late.marker()).isFalse();
        assertThat(holdPrompt.marker()).isTrue();
        assertThat(holdPrompt.timestamp() - late.timestamp()).isEqualTo(16_000 - 4 * 160);
    }

    private Header own(long atNanos) {
        return own(atNanos, false);
    }

    private Header own(long atNanos, boolean startsAfresh) {
        ByteBuffer packet = ByteBuffer.allocate(RtpStream.HEADER);
        stream.writeOwnHeader(packet, PCMU, startsAfresh, atNanos);
        return Header.of(packet);
    }

    private Header relayed(int ssrc, int payloadType, int timestamp, int sequence, long atNanos) {
        ByteBuffer packet = ByteBuffer.allocate(RtpStream.HEADER + 4);
        packet.put((byte) 0x80).put((byte) payloadType).putShort((short) sequence).putInt(timestamp).putInt(ssrc).flip();
        stream.relay(packet, atNanos);
        assertThat(packet.position()).as("the packet is left ready to send").isZero();
        return Header.of(packet);
    }

    private record Header(boolean marker, int sequence, int timestamp, int ssrc) {

        static Header of(ByteBuffer packet) {
            return new Header((packet.get(1) & 0x80) != 0, packet.getShort(2) & 0xFFFF, packet.getInt(4), packet.getInt(8));
        }
    }
}
