package org.earshot.telephony.call;

import java.nio.charset.StandardCharsets;
import javax.sip.message.Message;

/** The text of a SIP message body (SDP and sipfrag are ASCII), or null when it has none. */
final class Bodies {

    private Bodies() {
    }

    static String text(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.US_ASCII);
    }
}
