package org.earshot.telephony.api;

import java.time.Instant;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Something that happened to a call, in the order it happened. These are what the resource
 * adapter delivers to the EJB layer, which keeps the call records.
 *
 * @param callId  Earshot's id of the call (not a SIP Call-ID: each leg has its own)
 * @param queue   the queue the call came through, or null for a dialed extension
 * @param agent   the extension of the agent leg, once known
 * @param detail  what the type needs said: the queue position, the end cause, the DTMF digit, the transfer target;
 *                for monitoring the mode started in, the switch ("LISTEN -> WHISPER"), why it ended, the supervisor's key
 * @param monitor the monitoring session a MONITOR_ event (or a monitoring notice played) is about; null for the other types
 */
public record CallEvent(String callId, Type type, Instant at, String caller, String dialed, String queue, String agent,
                        String detail, MediaSummary media, Monitor monitor) {

    /**
     * TRANSFERRING: the agent's REFER was accepted and the target (the detail) is being rung; the
     * agent is still the transferring one. Then TRANSFERRED (the target answered and has the call),
     * TRANSFER_FAILED (the target could not take it: the caller stays with the transferring agent,
     * the detail says why, e.g. "1003: 486 Busy Here"), or ENDED if that agent had left already.
     * <p>
     * MONITOR_REQUESTED: a supervisor dialed a monitor code ({@code *81<ext>}..{@code *84<ext>}) for
     * the agent of this call; its INVITE waits for the EJB layer to accept or refuse the request,
     * whose id is the session's if accepted. MONITOR_ENDED may come without MONITOR_STARTED: the
     * supervisor's phone did not answer, or a request was refused, withdrawn or not decided in time.
     * MONITOR_DTMF is a key the supervisor pressed (RFC 4733 or SIP INFO), reported only: the EJB
     * layer decides whether it switches the mode.
     * <p>
     * RECORDING_ events follow {@link CallControl#record}; a DTMF event while the recording is paused
     * has the detail "masked" instead of the digit. RECORDING_REQUESTED: the agent of an answered call
     * that is not recorded pressed {@code *3}, asking for it to be recorded from now (detail "agent
     * key"); reported only: the EJB layer decides, by the call's policy, whether to record it.
     * <p>
     * NOTICE_PLAYED: a notice was played to a party, the detail saying which and to whom
     * ({@link PlayedNotice#detail}): the queue's announcement once the caller heard it through, the agent's
     * notice as a supervisor connects and the barge tone as one barges in (those two with the session).
     */
    public enum Type {
        QUEUED, RINGING, ANSWERED, HELD, RESUMED, TRANSFERRING, TRANSFERRED, TRANSFER_FAILED, DTMF, ENDED,
        MONITOR_REQUESTED, MONITOR_STARTED, MONITOR_MODE_CHANGED, MONITOR_ENDED, MONITOR_DTMF,
        RECORDING_REQUESTED, RECORDING_STARTED, RECORDING_PAUSED, RECORDING_RESUMED, RECORDING_STOPPED,
        NOTICE_PLAYED
    }

    /** An event about anything but monitoring. */
    public CallEvent(String callId, Type type, Instant at, String caller, String dialed, String queue, String agent,
                     String detail, MediaSummary media) {
        this(callId, type, at, caller, dialed, queue, agent, detail, media, null);
    }

    /** A supervisor's session on the call, and its mode after the event. */
    public record Monitor(String sessionId, String supervisor, MonitoringMode mode) {
    }

    /** Packets each direction carried through Earshot so far, and those lost on the way in. */
    public record MediaSummary(long fromCaller, long toAgent, long fromAgent, long toCaller, long lost) {
    }
}
