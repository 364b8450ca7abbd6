package org.earshot.calls;

import java.time.Instant;
import org.earshot.telephony.api.CallEvent;

/** Call events as the B2BUA raises them for a direct call from 555 to extension 1002. */
final class CallEvents {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private final String callId;

    CallEvents(String callId) {
        this.callId = callId;
    }

    CallEvent at(int second, CallEvent.Type type) {
        return at(second, type, null, null);
    }

    CallEvent at(int second, CallEvent.Type type, String detail, CallEvent.MediaSummary media) {
        return new CallEvent(callId, type, T0.plusSeconds(second), "555", "1002", null, "1002", detail, media);
    }
}
