package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** One digit per RFC 4733 event, however often its end packet is repeated, and only in the negotiated payload type. */
class TelephoneEventsTest {

    private static final char NO_DIGIT = 0;

    private final TelephoneEvents events = new TelephoneEvents();

    @Test
    void eachEventIsReportedOnceAtItsFirstEndPacket() {
        events.negotiated(101);

        assertThat(events.endedDigit(event(101, 5, false, 1000), 12)).isEqualTo(NO_DIGIT);
        assertThat(events.endedDigit(event(101, 5, true, 1000), 12)).isEqualTo('5');
        assertThat(events.endedDigit(event(101, 5, true, 1000), 12)).isEqualTo(NO_DIGIT);
        assertThat(events.endedDigit(event(101, 5, true, 1000), 12)).isEqualTo(NO_DIGIT);
        assertThat(events.endedDigit(event(101, 11, true, 1800), 12)).isEqualTo('#');
        assertThat(events.endedDigit(event(101, 10, true, 2600), 12)).isEqualTo('*');
    }

    @Test
    void otherPayloadTypesAndUnknownEventsAreNoDigits() {
        events.negotiated(96);

        assertThat(events.endedDigit(event(101, 5, true, 1000), 12)).isEqualTo(NO_DIGIT);
        assertThat(events.endedDigit(event(96, 16, true, 1000), 12)).isEqualTo(NO_DIGIT); // flash, not a key
        assertThat(events.endedDigit(event(96, 1, true, 2000), 12)).isEqualTo('1');
    }

    private static ByteBuffer event(int payloadType, int event, boolean end, int timestamp) {
        ByteBuffer packet = ByteBuffer.allocate(16);
        packet.put(0, (byte) 0x80).put(1, (byte) payloadType).putInt(4, timestamp);
        packet.put(12, (byte) event).put(13, (byte) (end ? 0x80 | 10 : 10)).putShort(14, (short) 800);
        return packet;
    }
}
