package org.earshot.telephony.api;

import jakarta.resource.ResourceException;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A connection to Earshot's telephony core for acting on calls under way, obtained from the
 * {@link CallControlFactory} at {@code java:/eis/earshot/CallControl}. Close it when done (try-with-resources).
 * It carries out what the EJB layer decided: who may monitor, in which modes, is checked and
 * audited there.
 */
public interface CallControl extends AutoCloseable {

    /**
     * Ends the call on both legs; its ENDED event says "hung up by Earshot".
     *
     * @param callId Earshot's id of the call, as in its call events and record
     * @return false when no such call is under way (it may just have ended)
     */
    boolean hangUp(String callId) throws ResourceException;

    /**
     * Rings the supervisor's registered devices (auto-answer asked for) to monitor the call in the
     * mode. The call's events tell how it goes: MONITOR_STARTED once a device answered, MONITOR_ENDED
     * with the reason when it ends (also when no device answers), MONITOR_DTMF for keys the supervisor presses.
     *
     * @return the monitoring session's id, which those events carry
     * @throws MonitorRefusedException with the reason the session cannot start (no such call, not
     *         answered, another supervisor already heard, too many monitors, supervisor not registered...)
     */
    String monitor(String callId, String supervisorExtension, MonitoringMode mode) throws MonitorRefusedException, ResourceException;

    /**
     * Switches a session's mode from the next audio frame on (MONITOR_MODE_CHANGED). A takeover
     * releases the agent and cannot be switched back.
     */
    void switchMode(String sessionId, MonitoringMode mode) throws MonitorRefusedException, ResourceException;

    /** Ends a session; the supervisor's phone is hung up (MONITOR_ENDED "ended by Earshot"). A takeover is ended by hanging the call up. */
    void endMonitor(String sessionId) throws MonitorRefusedException, ResourceException;

    /**
     * Accepts a supervisor's monitor code (a MONITOR_REQUESTED event, whose monitor's session id is
     * the request's): Earshot answers the supervisor's own INVITE and joins it in the mode it dialed;
     * from then on it is a session like one {@link #monitor} started, with the request's id.
     *
     * @throws MonitorRefusedException NO_SUCH_SESSION when the request is gone (decided, withdrawn by
     *         the supervisor, timed out, or its call ended); or why the call cannot be monitored now
     *         (another supervisor heard, too many monitors...), which the supervisor is told with 486
     */
    void acceptMonitorRequest(String requestId) throws MonitorRefusedException, ResourceException;

    /**
     * Refuses a supervisor's monitor code: its INVITE gets 403 with the reason as Warning, and
     * MONITOR_ENDED says "refused: " and the reason.
     *
     * @throws MonitorRefusedException NO_SUCH_SESSION when the request is gone
     */
    void refuseMonitorRequest(String requestId, String reason) throws MonitorRefusedException, ResourceException;

    /**
     * Records the call: from its answer on when it is not answered yet, from now on when it is, to
     * its end, into the sink (stereo: caller left, agent right). The call's events tell how it goes:
     * RECORDING_STARTED (detail: the milliseconds of the answered call not recorded, "0" when armed
     * before the answer), RECORDING_PAUSED / RECORDING_RESUMED (detail: who, "agent key" for the
     * agent's *1 / *2, "auto-resume"), RECORDING_STOPPED once the sink is closed, which for a call that
     * ended comes after its ENDED (detail: {@link RecordingEnd#detail()}, "complete" or "incomplete: " and why,
     * and the count of packets the recorder left out, if any). A call is recorded
     * at most once, also when its recording failed.
     *
     * @return false when no such call is under way, or it is recorded already
     * @throws IllegalArgumentException without a sink or options, or when the auto-resume is not a positive time
     */
    boolean record(String callId, RecordingSink sink, RecordingOptions options) throws ResourceException;

    /**
     * Pauses the call's recording (payment card details are being given): silence is recorded until
     * it resumes, and digits the parties press meanwhile are reported masked.
     *
     * @param by who paused, for the event's detail
     * @return false when the call is not being recorded, or is paused already
     */
    boolean pauseRecording(String callId, String by) throws ResourceException;

    /** Resumes a paused recording; false when the call's recording is not paused. */
    boolean resumeRecording(String callId, String by) throws ResourceException;

    /**
     * The decision on a phone's subscription to an agent's calls (BLF), which waits pending for it:
     * allowed, the phone gets the agent's dialog state from now on; refused, the subscription ends
     * ({@code terminated;reason=rejected}).
     *
     * @param subscriptionId as the subscription request named it
     * @return false when no such subscription waits for a decision (the phone gave up, or it was decided)
     */
    boolean authorizeSubscription(String subscriptionId, boolean allowed) throws ResourceException;

    /**
     * Replaces what the core knows of the organization (SIP accounts, queues, their members and notices)
     * with this snapshot, from the next request on. Until the first one arrives the core answers
     * registrations and queue calls with 503 (Retry-After), as it cannot tell who is who.
     */
    void publishDirectory(TelephonyDirectory directory) throws ResourceException;

    @Override
    void close();
}
