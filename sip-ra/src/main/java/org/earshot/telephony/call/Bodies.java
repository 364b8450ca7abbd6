package org.earshot.telephony.call;

import java.nio.charset.StandardCharsets;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;

/** The bodies the B2BUA reads: text (SDP and sipfrag are ASCII) and the SDP offer an INVITE must carry. */
final class Bodies {

    private Bodies() {
    }

    /** The body as text, or null when there is none. */
    static String text(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.US_ASCII);
    }

    /**
     * The offer of an INVITE or re-INVITE. Earshot answers from its own side with the other party's
     * codecs, so it needs the offer in the request: a late offer (SDP only in the ACK) is refused.
     */
    static SessionDescription offerIn(Request invite) {
        String body = text(invite);
        if (body == null || body.isBlank()) {
            boolean reinvite = ((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null;
            throw new SdpException((reinvite ? "Re-INVITE" : "INVITE") + " without SDP (late offer) is not supported");
        }
        SessionDescription offer = SessionDescription.parse(body);
        if (offer.g711Types().isEmpty()) {
            throw new SdpException("No common codec: Earshot relays PCMU and PCMA only");
        }
        return offer;
    }
}
