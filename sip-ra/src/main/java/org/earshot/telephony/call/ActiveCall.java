package org.earshot.telephony.call;

import java.time.Instant;
import org.earshot.telephony.api.CallEvent;

/** A call under way as seen at one moment: who is on it and how much media it carried so far. */
public record ActiveCall(String callId, String caller, String agent, boolean answered, Instant startedAt,
                         CallEvent.MediaSummary media) {
}
