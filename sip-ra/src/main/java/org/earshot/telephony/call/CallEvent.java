package org.earshot.telephony.call;

import java.time.Instant;

/**
 * Something that happened to a call, in the order it happened. These are what the resource
 * adapter delivers to the EJB layer, which keeps the call records.
 *
 * @param callId  Earshot's id of the call (not a SIP Call-ID: each leg has its own)
 * @param queue   the queue the call came through, or null for a dialed extension
 * @param agent   the extension of the agent leg, once known
 * @param detail  what the type needs said: the queue position, the end cause, the DTMF digit, the transfer target
 */
public record CallEvent(String callId, Type type, Instant at, String caller, String dialed, String queue, String agent,
                        String detail, MediaSummary media) {

    public enum Type { QUEUED, RINGING, ANSWERED, HELD, RESUMED, TRANSFERRED, DTMF, ENDED }

    /** Packets each direction carried through Earshot so far, and those lost on the way in. */
    public record MediaSummary(long fromCaller, long toAgent, long fromAgent, long toCaller, long lost) {
    }
}
