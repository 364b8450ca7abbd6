package org.earshot.telephony.call;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException.Reason;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.media.MediaCapacityException;
import org.earshot.telephony.media.MediaDirection;
import org.earshot.telephony.media.MonitorPort;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.LocationService;

/**
 * Supervisors monitoring answered calls. Earshot rings the supervisor's registered devices (asking
 * phones that can to answer by themselves), offering a port of the call's own media in the caller's
 * law, and puts the answering device in the call's mix in the requested mode. A switch changes whom
 * the supervisor is heard by from the next frame on; a takeover hands the agent's side of the call
 * to the supervisor and releases the agent, for good. A session ends when the supervisor hangs up,
 * when Earshot is told to end it, or when the call ends; it follows the call to a transfer's new
 * agent. A supervisor may also ask by dialing a monitor code ({@link MonitorRequests}).
 * Deciding who may monitor, and in which modes, is the EJB layer's: the core neither checks nor
 * switches on its own (keys the supervisor presses are reported, not obeyed).
 */
final class Monitoring {

    private static final int MAX_FORWARDS = 70;

    private final B2bua b2bua;
    private final Signalling signalling;
    private final CallEvents events;
    private final Hold hold;
    private final LocationService locations;
    private final ScheduledExecutorService timers;
    private final Duration ringTimeout;
    private final int maxPerCall;
    private final Map<String, MonitorSession> sessions = new ConcurrentHashMap<>();

    Monitoring(B2bua b2bua, Signalling signalling, CallEvents events, Hold hold, LocationService locations,
               ScheduledExecutorService timers, Duration ringTimeout, int maxPerCall) {
        this.b2bua = b2bua;
        this.signalling = signalling;
        this.events = events;
        this.hold = hold;
        this.locations = locations;
        this.timers = timers;
        this.ringTimeout = ringTimeout;
        this.maxPerCall = maxPerCall;
    }

    /** Rings the supervisor for the call; the session's id. The caller of this holds the call's lock. */
    String start(Call call, String supervisor, MonitoringMode mode) throws MonitorRefusedException, SipException {
        checkMonitorable(call, mode);
        Refusal unreachable = b2bua.unreachable(supervisor);
        if (unreachable != null) {
            throw new MonitorRefusedException(Reason.SUPERVISOR_UNREACHABLE, "Supervisor " + supervisor + ": " + unreachable.reason());
        }
        MonitorSession session = openChecked(call, UUID.randomUUID().toString(), supervisor, mode);
        SessionDescription offer = call.callerLeg.earshotSdp.limitedTo(session.port.law())
                .anchored(call.media.address(), session.port.port()).withDirection(MediaDirection.SENDRECV);
        session.ringing = new ParallelRinging(call, signalling, offer, new SupervisorAnswers(session), true);
        session.ringing.start(locations.bindingsOf(supervisor), signalling.atEarshot("monitor", "Monitoring " + call.agent),
                signalling.atEarshot(supervisor, null), MAX_FORWARDS, timers, ringTimeout);
        return session.id;
    }

    /**
     * A session whose supervisor is not connected yet, on a port of the call's media in the caller's
     * law: {@link #attach} joins the supervisor's leg once there is one. Under the call's lock.
     */
    MonitorSession open(Call call, String id, String supervisor, MonitoringMode mode) throws MonitorRefusedException {
        checkMonitorable(call, mode);
        return openChecked(call, id, supervisor, mode);
    }

    private MonitorSession openChecked(Call call, String id, String supervisor, MonitoringMode mode) throws MonitorRefusedException {
        MonitorPort port;
        try {
            port = call.media.openMonitorPort(call.callerLeg.law());
        } catch (MediaCapacityException e) {
            throw new MonitorRefusedException(Reason.NO_MEDIA_CAPACITY, "No RTP port for the supervisor: " + e.getMessage());
        }
        MonitorSession session = new MonitorSession(id, call, supervisor, mode, port);
        call.monitors.add(session);
        sessions.put(session.id, session);
        return session;
    }

    void switchMode(String sessionId, MonitoringMode mode) throws MonitorRefusedException, SipException {
        MonitorSession session = session(sessionId);
        Call call = session.call;
        synchronized (call) {
            session = session(sessionId); // it may have ended while this thread waited for the lock
            session.checkSwitchTo(mode);
            if (mode == session.mode) {
                return;
            }
            checkNoOtherIsHeard(call, session, mode);
            MonitoringMode before = session.mode;
            if (mode == MonitoringMode.TAKEOVER) {
                checkNotTransferring(call);
                takeOver(session);
            } else {
                session.port.switchTo(mode);
                session.mode = mode;
                MonitorNotices.switched(call, session, events);
            }
            events.emit(call, CallEvent.Type.MONITOR_MODE_CHANGED, before + " -> " + mode, session.describe());
        }
    }

    /** Ends a session on Earshot's side: the supervisor's phone stops ringing or gets BYE. A takeover is the call now: hang that up instead. */
    void endSession(String sessionId) throws MonitorRefusedException {
        MonitorSession session = session(sessionId);
        synchronized (session.call) {
            session = session(sessionId);
            if (session.tookOver()) {
                throw new MonitorRefusedException(Reason.TAKEOVER_IS_FINAL, "Supervisor " + session.supervisor
                        + " has taken call " + session.call.id + " over; hang the call up to end it");
            }
            finish(session, "ended by Earshot", true);
        }
    }

    /** The supervisor hung up (BYE on its leg, under the call's lock); the call goes on without it. */
    void supervisorHungUp(Leg leg) {
        b2bua.forgetLeg(leg);
        finish(leg.monitor, "supervisor hung up", false);
    }

    /**
     * A re-INVITE from the supervisor's phone (its own hold, a new address): answered at once from
     * Earshot's side with the mirrored direction. The mix keeps going to the supervisor; a phone
     * that holds does not play it.
     */
    void reoffer(Leg leg, ServerTransaction transaction) throws SipException {
        SessionDescription offer = signalling.offerOrRefuse(transaction);
        if (offer == null) {
            return;
        }
        if (!offer.mediaAddress().equals(leg.partySdp.mediaAddress())) {
            leg.monitor.port.partyAt(offer.mediaAddress());
        }
        leg.partySdp = offer;
        leg.wish = offer.direction();
        signalling.answer(transaction, leg.earshotSdpWith(MediaDirection.of(leg.wish.receives(), leg.wish.sends())));
    }

    /** The call ended (under its lock): every session ends with it; a supervisor who took the call over got its BYE as the agent. */
    void callEnded(Call call, Leg hungUp) {
        for (MonitorSession session : List.copyOf(call.monitors)) {
            boolean tookOver = session.tookOver();
            finish(session, tookOver && session.leg == hungUp ? "supervisor hung up" : "call ended", !tookOver);
        }
    }

    /**
     * The agent's side goes to a transfer target (under the call's lock). The sessions stay on the
     * call in their modes: the mix hears and reaches whoever faces the agent's side of the relay,
     * now the new agent (the EJB layer ends those whose supervisor may not monitor the new agent). A
     * supervisor who took the call over and transferred it leaves with its leg, so its session ends.
     */
    void agentReplaced(Call call) {
        for (MonitorSession session : List.copyOf(call.monitors)) {
            if (session.tookOver()) {
                finish(session, "call transferred", false);
            }
        }
    }

    private void checkMonitorable(Call call, MonitoringMode mode) throws MonitorRefusedException {
        if (call.state != Call.State.ANSWERED || call.agentLeg == null) {
            throw new MonitorRefusedException(Reason.CALL_NOT_ANSWERED, "Call " + call.id + " has no agent talking to the caller yet");
        }
        checkNotTransferring(call);
        if (call.monitors.size() >= maxPerCall) {
            throw new MonitorRefusedException(Reason.TOO_MANY_MONITORS,
                    "Call " + call.id + " has its maximum of " + maxPerCall + " monitors already");
        }
        checkNoOtherIsHeard(call, null, mode);
    }

    private static void checkNotTransferring(Call call) throws MonitorRefusedException {
        if (call.transfer != null) {
            throw new MonitorRefusedException(Reason.CALL_BEING_TRANSFERRED, "Call " + call.id + " is being transferred");
        }
    }

    /** Only one supervisor at a time may be heard (whisper, barge, takeover); listeners may be several. */
    private static void checkNoOtherIsHeard(Call call, MonitorSession asking, MonitoringMode mode) throws MonitorRefusedException {
        if (!mode.isHeard()) {
            return;
        }
        for (MonitorSession other : call.monitors) {
            if (other != asking && other.mode.isHeard()) {
                throw new MonitorRefusedException(Reason.ANOTHER_SUPERVISOR_IS_HEARD, "Supervisor " + other.supervisor
                        + " is already in call " + call.id + " in " + other.mode + "; only listening is possible besides");
            }
        }
    }

    private MonitorSession session(String sessionId) throws MonitorRefusedException {
        MonitorSession session = sessionId == null ? null : sessions.get(sessionId);
        if (session == null) {
            throw new MonitorRefusedException(Reason.NO_SUCH_SESSION, "No monitoring session " + sessionId + " under way");
        }
        return session;
    }

    /** The supervisor's device answered (or its own INVITE was accepted): it joins the call's mix, or takes the agent's place at once. */
    void attach(MonitorSession session, Leg leg) throws SipException {
        Call call = session.call;
        session.ringing = null;
        session.leg = leg;
        leg.monitor = session;
        b2bua.registerLeg(leg);
        if (call.agentLeg == null) {
            finish(session, "no agent on the call any more", true); // the agent left during a transfer
            return;
        }
        MonitorPort port = session.port;
        port.partyAt(leg.partySdp.mediaAddress());
        port.telephoneEvents(leg.partySdp.telephoneEventType());
        // told from the timer thread: the media thread must never wait for a call's lock
        port.onDtmf((side, digit) -> timers.execute(() -> supervisorPressed(session, digit)));
        events.emit(call, CallEvent.Type.MONITOR_STARTED, session.mode.toString(), session.describe());
        if (session.mode == MonitoringMode.TAKEOVER) {
            takeOver(session);
        } else {
            call.media.join(port, session.mode, call.callerLeg.law(), call.agentLeg.law());
            MonitorNotices.connected(call, session, events);
        }
    }

    /** The supervisor's leg becomes the agent leg, its port the agent's side of the relay, and the agent is released. */
    private void takeOver(MonitorSession session) throws SipException {
        Call call = session.call;
        Leg agent = call.agentLeg;
        call.media.handOver(session.port);
        call.agentLeg = session.leg;
        session.mode = MonitoringMode.TAKEOVER;
        b2bua.hangUpLeg(agent);
        b2bua.agentReplaced(call, null); // a supervisor is no queue agent
        hold.agentReplaced(call, agent, "takeover");
    }

    /** A key the supervisor pressed, by RFC 4733 or SIP INFO: reported, never obeyed. */
    void supervisorPressed(MonitorSession session, char digit) {
        synchronized (session.call) {
            if (sessions.containsKey(session.id)) {
                events.emit(session.call, CallEvent.Type.MONITOR_DTMF, String.valueOf(digit), session.describe());
            }
        }
    }

    /** Ends a session once: its ringing stops, its port leaves the mix, and (if asked) its supervisor gets BYE. */
    void finish(MonitorSession session, String reason, boolean hangUpSupervisor) {
        if (sessions.remove(session.id) == null) {
            return;
        }
        Call call = session.call;
        call.monitors.remove(session);
        if (session.ringing != null) {
            session.ringing.cancel();
        }
        if (!session.tookOver()) {
            call.media.leave(session.port);
        }
        if (hangUpSupervisor && session.leg != null) {
            b2bua.hangUpLeg(session.leg);
        }
        events.emit(call, CallEvent.Type.MONITOR_ENDED, reason, session.describe());
    }

    /** The supervisor's devices ringing for a session. */
    private final class SupervisorAnswers implements ParallelRinging.Outcome {

        private final MonitorSession session;

        SupervisorAnswers(MonitorSession session) {
            this.session = session;
        }

        @Override
        public void ringing() {
            // the supervisor's console shows the session; nobody else is told
        }

        @Override
        public void answered(Leg leg) throws SipException {
            attach(session, leg);
        }

        @Override
        public void noAnswer() {
            finish(session, "supervisor did not answer", false);
        }

        @Override
        public void refused(Refusal refusal) {
            finish(session, "supervisor's phone refused: " + refusal, false);
        }
    }
}
