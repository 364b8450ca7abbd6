package org.earshot.telephony.registrar;

import java.time.Instant;

/** One registered device of a subscriber: where to send its calls, until when. */
public record Binding(String aor, String contact, Instant expiresAt, String callId, long cseq) {

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
