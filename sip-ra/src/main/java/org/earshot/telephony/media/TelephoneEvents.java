package org.earshot.telephony.media;

import java.nio.ByteBuffer;

/**
 * Recognises RFC 4733 telephone-events in one party's RTP: the negotiated payload type, one digit
 * per event. A sender marks the end of an event in (usually three) retransmitted packets with the
 * same RTP timestamp, which is the event's start; a digit is reported at the first of them only.
 */
final class TelephoneEvents {

    private static final String DIGITS = "0123456789*#ABCD";
    private static final int EVENT_PAYLOAD = 4;
    private static final int END_BIT = 0x80;

    private volatile int payloadType = -1;
    private long lastEventTimestamp = -1;

    void negotiated(int type) {
        payloadType = type;
    }

    /** Whether the packet is a telephone-event (of the negotiated type). */
    boolean carries(ByteBuffer packet) {
        return (packet.get(1) & 0x7F) == payloadType;
    }

    /** The digit whose event ends with this packet, or 0 when the packet ends none (or ends one already reported). */
    char endedDigit(ByteBuffer packet, int payloadStart) {
        int type = packet.get(1) & 0x7F;
        if (type != payloadType || packet.limit() - payloadStart < EVENT_PAYLOAD) {
            return 0;
        }
        int event = packet.get(payloadStart) & 0xFF;
        boolean end = (packet.get(payloadStart + 1) & END_BIT) != 0;
        long timestamp = packet.getInt(4) & 0xFFFFFFFFL;
        if (!end || timestamp == lastEventTimestamp || event >= DIGITS.length()) {
            return 0;
        }
        lastEventTimestamp = timestamp;
        return DIGITS.charAt(event);
    }
}
