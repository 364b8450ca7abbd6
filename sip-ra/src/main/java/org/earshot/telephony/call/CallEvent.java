package org.earshot.telephony.call;

import java.time.Instant;

/**
 * Something that happened to a call, in the order it happened. These are what the resource
 * adapter delivers to the EJB layer, which keeps the call records.
 */
public record CallEvent(String callId, Type type, Instant at, String caller, String dialed, String agent,
                        String cause, MediaSummary media) {

    public enum Type { RINGING, ANSWERED, ENDED }

    /** Packets each direction carried through Earshot, as counted at the end of the call. */
    public record MediaSummary(long fromCaller, long toAgent, long fromAgent, long toCaller, long lost) {
    }
}
