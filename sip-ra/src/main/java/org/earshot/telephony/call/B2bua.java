package org.earshot.telephony.call;

import gov.nist.javax.sip.RequestEventExt;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.api.RecordingSink;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.directory.DirectoryUnavailableException;
import org.earshot.telephony.directory.SubscriberDirectory;
import org.earshot.telephony.media.MediaCapacityException;
import org.earshot.telephony.media.MediaEngine;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.queue.FeatureCode;
import org.earshot.telephony.registrar.LocationService;
import org.earshot.telephony.registrar.RegisteredCaller;

/**
 * The back-to-back user agent: answers the caller's INVITE itself (leg A), rings the dialed agent's
 * registered devices (leg B), and anchors the media of both legs on Earshot's RTP ports so that
 * monitoring and recording can later be attached. Each leg is its own SIP dialog; requests and
 * responses find their call by the SIP Call-ID of their leg, and every handler of a call runs
 * under that call's lock. Hold and transfer are {@link Hold} and {@link Transfer}; ringing the
 * devices is {@link ParallelRinging}; calls to a queue are {@link QueueCalls}, feature codes
 * {@link FeatureCalls}; supervisors monitoring calls {@link Monitoring}, asked for from their phones
 * by {@link MonitorRequests}; DTMF by SIP INFO {@link DtmfInfo}; recording {@link Recordings}.
 */
public final class B2bua implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(B2bua.class.getName());
    static final int BUSY_RETRY_SECONDS = 5;
    private static final String NO_SUCH_CALL = "No such call";

    private final Signalling signalling;
    private final SubscriberDirectory directory;
    private final LocationService locations;
    private final MediaEngine media;
    private final CallEvents events;
    private final Clock clock;
    private final Duration ringTimeout;
    private final int maxCalls;
    private final Hold hold;
    private final Transfer transfer;
    private final QueueCalls queueCalls;
    private final FeatureCalls featureCalls;
    private final Monitoring monitoring;
    private final MonitorRequests monitorRequests;
    private final DtmfInfo dtmfInfo;
    private final Recordings recordings;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "earshot-call-timers");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final LongAdder overCapacity = new LongAdder();

    public B2bua(SipProvider provider, MessageFactory messages, HeaderFactory headers, AddressFactory addresses,
                 SubscriberDirectory directory, LocationService locations, MediaEngine media, CallEventListener listener,
                 QueueDesk queues, Clock clock, Duration ringTimeout, Duration retransmitInterval, int maxCalls,
                 int maxMonitorsPerCall, Duration monitorDecisionTimeout) {
        this.signalling = new Signalling(provider, messages, headers, addresses, retransmitInterval);
        this.directory = directory;
        this.locations = locations;
        this.media = media;
        this.events = new CallEvents(listener, clock);
        this.clock = clock;
        this.ringTimeout = ringTimeout;
        this.maxCalls = maxCalls;
        this.hold = new Hold(signalling, events);
        this.transfer = new Transfer(this, signalling, events, hold);
        this.queueCalls = new QueueCalls(this, signalling, events, queues);
        RegisteredCaller registeredCaller = new RegisteredCaller(addresses, locations);
        this.featureCalls = new FeatureCalls(signalling, registeredCaller, media, queues, queueCalls);
        this.monitoring = new Monitoring(this, signalling, events, hold, locations, timers, ringTimeout, maxMonitorsPerCall);
        this.monitorRequests = new MonitorRequests(this, signalling, events, monitoring, registeredCaller, timers,
                monitorDecisionTimeout);
        this.recordings = new Recordings(events, timers, clock);
        this.dtmfInfo = new DtmfInfo(monitoring, recordings, signalling);
    }

    /** Routes waiting queue callers: the SIP server's queue tick calls it every second. */
    public void dispatchQueues() {
        queueCalls.dispatch();
    }

    // ---- requests -----------------------------------------------------------------------------

    /** A new call, or a re-INVITE on a leg of one. */
    public void invite(RequestEvent event, ServerTransaction transaction) throws SipException {
        Request invite = event.getRequest();
        if (onLiveLeg(transaction, leg -> {
            if (leg.monitoring()) {
                monitoring.reoffer(leg, transaction);
            } else {
                hold.reoffer(leg, transaction);
            }
        })) {
            return;
        }
        if (((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null) {
            signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, NO_SUCH_CALL);
        } else {
            signalling.respond(transaction, Response.TRYING, null);
            newCall((RequestEventExt) event, transaction);
        }
    }

    public void bye(RequestEvent event, ServerTransaction transaction) throws SipException {
        boolean known = onLiveLeg(transaction, leg -> {
            Call call = leg.call;
            signalling.respond(transaction, Response.OK, null);
            if (leg.monitoring()) {
                monitoring.supervisorHungUp(leg);
            } else if (leg == call.agentLeg && call.transfer != null) {
                // the transferring agent leaves early (common after 202): the caller waits for the target
                legs.remove(leg.sipCallId);
                call.agentLeg = null;
            } else {
                end(call, leg.role() + " hung up", leg, null);
            }
        });
        if (!known) {
            signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, NO_SUCH_CALL);
        }
    }

    public void cancel(RequestEvent event, ServerTransaction transaction) throws SipException {
        boolean known = onLiveLeg(transaction, leg -> {
            // a CANCEL that crossed the answer gets 200 and changes nothing (RFC 3261 §9.2)
            signalling.respond(transaction, Response.OK, null);
            if (leg == leg.call.callerLeg && leg.call.state == Call.State.RINGING) {
                end(leg.call, "caller cancelled", null, new Refusal(Response.REQUEST_TERMINATED, "Request Terminated"));
            }
        });
        if (!known && !monitorRequests.cancel(callIdOf(transaction.getRequest()), transaction)) {
            signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, NO_SUCH_CALL);
        }
    }

    /** DTMF by SIP INFO on a leg of a call ({@link DtmfInfo}). */
    public void info(RequestEvent event, ServerTransaction transaction) throws SipException {
        if (!onLiveLeg(transaction, leg -> dtmfInfo.received(leg, transaction))) {
            signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "INFO outside a call");
        }
    }

    public void refer(RequestEvent event, ServerTransaction transaction) throws SipException {
        if (!onLiveLeg(transaction, leg -> transfer.refer(leg, transaction))) {
            signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "REFER outside a call");
        }
    }

    /**
     * Handles a request on the leg its Call-ID names, under the call's lock; a call that ended
     * meanwhile gets 481. False when no leg has that Call-ID.
     */
    private boolean onLiveLeg(ServerTransaction transaction, LegRequest handler) throws SipException {
        Leg leg = legs.get(callIdOf(transaction.getRequest()));
        if (leg == null) {
            return false;
        }
        synchronized (leg.call) {
            if (leg.call.state == Call.State.ENDED) {
                signalling.respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, NO_SUCH_CALL);
            } else {
                handler.handle(leg);
            }
        }
        return true;
    }

    /** What a request does to the leg it arrived on. */
    @FunctionalInterface
    private interface LegRequest {

        void handle(Leg leg) throws SipException;
    }

    // ---- answers to Earshot's own requests ----------------------------------------------------

    public void response(ResponseEvent event) throws SipException {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof Awaited awaited) {
            synchronized (awaited.call()) {
                awaited.handler().onResponse(event.getResponse(), event.getDialog());
            }
        } else {
            unexpectedAnswer(event.getResponse(), event.getDialog());
        }
    }

    public void timeout(TimeoutEvent event) throws SipException {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof Awaited awaited) {
            synchronized (awaited.call()) {
                awaited.handler().onTimeout();
            }
        }
    }

    /**
     * A 2xx to an INVITE that no transaction waits for: a lost ACK (a leg Earshot knows, so
     * acknowledge again) or a dialog Earshot never wanted, which RFC 3261 §13.2.2.4 says to
     * acknowledge and hang up.
     */
    private void unexpectedAnswer(Response response, Dialog dialog) throws SipException {
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (dialog == null || response.getStatusCode() / 100 != 2 || !Request.INVITE.equals(cseq.getMethod())) {
            return;
        }
        signalling.ack(dialog, response);
        if (!legs.containsKey(callIdOf(response))) {
            signalling.bye(dialog);
        }
    }

    // ---- calls under way ----------------------------------------------------------------------

    public List<ActiveCall> activeCalls() {
        return calls.values().stream().map(call -> {
            synchronized (call) {
                return call.snapshot();
            }
        }).toList();
    }

    // ---- monitoring (the resource adapter's call control) -------------------------------------------

    /**
     * Rings a supervisor's registered devices to monitor an answered call in a mode; MONITOR_STARTED
     * follows when one answers, MONITOR_ENDED if none does. Only one supervisor at a time may be
     * heard (whisper, barge, takeover); listeners may be more, up to the maximum per call.
     *
     * @return the session's id, for switching and ending it and as its events carry it
     * @throws MonitorRefusedException when the call does not exist, is not answered, is being
     *         transferred, has its maximum of monitors or a supervisor already heard in it, or the
     *         supervisor has no registered device
     */
    public String monitor(String callId, String supervisor, MonitoringMode mode) throws MonitorRefusedException, SipException {
        Call call = calls.get(callId);
        if (call != null) {
            synchronized (call) {
                if (call.state != Call.State.ENDED) {
                    return monitoring.start(call, supervisor, mode);
                }
            }
        }
        throw new MonitorRefusedException(MonitorRefusedException.Reason.NO_SUCH_CALL, "No call " + callId + " under way");
    }

    /** Switches a session's mode from the next audio frame on (MONITOR_MODE_CHANGED); a takeover releases the agent, for good. */
    public void switchMonitorMode(String sessionId, MonitoringMode mode) throws MonitorRefusedException, SipException {
        monitoring.switchMode(sessionId, mode);
    }

    /** Ends a session: the supervisor's phone stops ringing or is hung up (MONITOR_ENDED "ended by Earshot"). */
    public void endMonitor(String sessionId) throws MonitorRefusedException {
        monitoring.endSession(sessionId);
    }

    /**
     * Accepts a supervisor's monitor code (MONITOR_REQUESTED): its INVITE is answered and its leg
     * joins the call in the mode it dialed, as a session whose id is the request's.
     *
     * @throws MonitorRefusedException NO_SUCH_SESSION when the request was decided, withdrawn or timed
     *         out; or why the call cannot be monitored now (the supervisor then gets 486 with it)
     */
    public void acceptMonitorRequest(String requestId) throws MonitorRefusedException, SipException {
        monitorRequests.accept(requestId);
    }

    /** Refuses a supervisor's monitor code: its INVITE gets 403 with the reason as Warning (MONITOR_ENDED "refused: ..."). */
    public void refuseMonitorRequest(String requestId, String reason) throws MonitorRefusedException, SipException {
        monitorRequests.refuse(requestId, reason);
    }

    // ---- recording (the resource adapter's call control) --------------------------------------

    /**
     * Records the call into the sink: from its answer when it is not answered yet, from now on when
     * it is (RECORDING_STARTED), to its end (RECORDING_STOPPED). False when no such call is under way
     * or it is recorded already.
     *
     * @throws IllegalArgumentException without a sink or options, or with an auto-resume that is not a positive time
     */
    public boolean record(String callId, RecordingSink sink, RecordingOptions options) {
        if (sink == null || options == null) {
            throw new IllegalArgumentException("Recording call " + callId + " needs a sink and options");
        }
        Duration autoResume = options.autoResumeAfter();
        if (autoResume != null && (autoResume.isNegative() || autoResume.isZero())) {
            throw new IllegalArgumentException("Auto-resume after " + autoResume + " is no positive time");
        }
        return onCall(callId, call -> recordings.record(call, sink, options));
    }

    /** Pauses the call's recording (RECORDING_PAUSED); false when it is not recording or is paused already. */
    public boolean pauseRecording(String callId, String by) {
        return onCall(callId, call -> recordings.pause(call, by));
    }

    /** Resumes the call's paused recording (RECORDING_RESUMED); false when it is not paused. */
    public boolean resumeRecording(String callId, String by) {
        return onCall(callId, call -> recordings.resume(call, by));
    }

    /** What an action returns on the call under way with this id, under its lock; false when there is none. */
    private boolean onCall(String callId, Predicate<Call> action) {
        Call call = callId == null ? null : calls.get(callId);
        if (call == null) {
            return false;
        }
        synchronized (call) {
            return call.state != Call.State.ENDED && action.test(call);
        }
    }

    /** New calls refused with 503 because the maximum of concurrent calls was reached. */
    public long refusedOverCapacity() {
        return overCapacity.sum();
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }

    // ---- shared with the outcomes of ringing and with Transfer -----------------------------------

    /** Why an extension cannot ring, or null when it can. */
    Refusal unreachable(String extension) {
        try {
            if (extension == null || directory.credentialsOf(extension).isEmpty()) {
                return new Refusal(Response.NOT_FOUND, "No such extension");
            }
        } catch (DirectoryUnavailableException e) {
            return new Refusal(Response.SERVICE_UNAVAILABLE, "Directory not loaded yet");
        }
        if (locations.bindingsOf(extension).isEmpty()) {
            return new Refusal(Response.TEMPORARILY_UNAVAILABLE, "Extension not registered");
        }
        return null;
    }

    /** Rings every device of an extension for the call, as the caller (the From of the caller's INVITE). */
    void ring(Call call, String extension, Address to, SessionDescription offer, ParallelRinging.Outcome outcome)
            throws SipException {
        ring(call, extension, to, offer, outcome, ringTimeout);
    }

    /** Rings as above, for as long as the call's queue rings its agents. */
    void ring(Call call, String extension, Address to, SessionDescription offer, ParallelRinging.Outcome outcome,
              Duration timeout) throws SipException {
        Request callerInvite = call.callerInvite.getRequest();
        Address from = ((FromHeader) callerInvite.getHeader(FromHeader.NAME)).getAddress();
        int maxForwards = Math.max(0, ((MaxForwardsHeader) callerInvite.getHeader(MaxForwardsHeader.NAME)).getMaxForwards() - 1);
        ParallelRinging ringing = new ParallelRinging(call, signalling, offer, outcome, false);
        call.ringing = ringing;
        ringing.start(locations.bindingsOf(extension), from, to, maxForwards, timers, timeout);
    }

    /** The answered call the extension is the agent of, or null. */
    Call answeredCallOf(String agent) {
        return calls.values().stream().filter(call -> call.state == Call.State.ANSWERED && agent.equals(call.agent))
                .findFirst().orElse(null);
    }

    /** The call under way with this id, or null. */
    Call call(String callId) {
        return calls.get(callId);
    }

    /** The caller and the agent are connected (ANSWERED): an armed recording starts with it. */
    void answered(Call call) {
        call.state = Call.State.ANSWERED;
        call.answeredAt = clock.instant();
        events.emit(call, CallEvent.Type.ANSWERED, null);
        recordings.answered(call);
    }

    /** A device answered for the agent side: the relay's side B now faces it, replacing any party before it. */
    void connectAgent(Call call, Leg leg) {
        call.ringing = null;
        if (call.state == Call.State.ANSWERED) {
            monitoring.agentReplaced(call);
            monitorRequests.agentReplaced(call);
            call.media.replaceParty(RtpRelay.Side.B, leg.partySdp.mediaAddress());
        } else {
            call.media.partyAt(RtpRelay.Side.B, leg.partySdp.mediaAddress());
        }
        call.media.telephoneEvents(RtpRelay.Side.B, leg.partySdp.telephoneEventType());
        call.agentLeg = leg;
        legs.put(leg.sipCallId, leg);
    }

    /**
     * Ends a call from Earshot's side (a supervisor's hang-up, a takeover's end): a ringing call is
     * refused to the caller and cancelled towards the agent, an answered one gets BYE on both legs.
     * False when no such call is under way (it may just have ended).
     */
    public boolean hangUp(String callId) throws SipException {
        Call call = calls.get(callId);
        if (call == null) {
            return false;
        }
        synchronized (call) {
            if (call.state == Call.State.ENDED) {
                return false;
            }
            end(call, "hung up by Earshot", null, new Refusal(Response.TEMPORARILY_UNAVAILABLE, "Hung up by Earshot"));
            return true;
        }
    }

    /**
     * Another party took over the agent's side of an answered call (a transfer's target, or a
     * supervisor's takeover when {@code successor} is null): the agent who left is free again for
     * queue calls, after wrap-up as at a call's end, and the successor is on the call.
     */
    void agentReplaced(Call call, String successor) {
        queueCalls.agentReplaced(call, successor);
        recordings.agentReplaced(call);
    }

    /** Hangs up one leg while the call goes on (a transferred agent's, a supervisor's). */
    void hangUpLeg(Leg leg) {
        legs.remove(leg.sipCallId);
        signalling.bye(leg.dialog);
    }

    /** Requests on this leg's dialog find it from now on (a supervisor's leg). */
    void registerLeg(Leg leg) {
        legs.put(leg.sipCallId, leg);
    }

    /** A leg whose party hung up while the call goes on (a supervisor's). */
    void forgetLeg(Leg leg) {
        legs.remove(leg.sipCallId);
    }

    /**
     * Ends the call once: devices still ringing are cancelled, a caller still waiting gets the
     * refusal (487 when none is given), and every connected leg but the one that hung up gets BYE;
     * the caller's BYE carries the refusal as its Reason (RFC 3326), so that a caller Earshot lets go
     * learns why too. The caller of this method holds the call's lock.
     */
    void end(Call call, String cause, Leg hungUp, Refusal forCaller) throws SipException {
        Call.State before = call.end();
        if (before == Call.State.ENDED) {
            return;
        }
        if (call.ringing != null) {
            call.ringing.cancel();
        }
        calls.remove(call.id);
        for (Leg leg : new Leg[] {call.callerLeg, call.agentLeg}) {
            if (leg != null) {
                legs.remove(leg.sipCallId);
            }
        }
        if (before == Call.State.RINGING) {
            Refusal refusal = forCaller != null ? forCaller : new Refusal(Response.REQUEST_TERMINATED, "Request Terminated");
            signalling.respond(call.callerInvite, refusal.status(), refusal.reason());
        } else {
            byeUnless(call.callerLeg, hungUp, forCaller);
            byeUnless(call.agentLeg, hungUp, null);
        }
        monitoring.callEnded(call, hungUp);
        monitorRequests.callEnded(call);
        events.emit(call, CallEvent.Type.ENDED, cause);
        queueCalls.ended(call);
    }

    // ---- a new call ---------------------------------------------------------------------------

    /** A feature code, else a queue call, else a call to the dialed extension. */
    private void newCall(RequestEventExt event, ServerTransaction transaction) throws SipException {
        Request invite = transaction.getRequest();
        String dialed = userOf(invite.getRequestURI());
        Optional<FeatureCode> feature = FeatureCode.parse(dialed);
        Optional<MonitorCode> monitorCode = MonitorCode.parse(dialed);
        Optional<DirectoryQueue> queue;
        try {
            queue = feature.isPresent() || monitorCode.isPresent() ? Optional.empty() : queueCalls.queueOf(invite);
        } catch (DirectoryUnavailableException e) {
            signalling.refuseForNow(transaction, "Queues unavailable: " + e.getMessage(), BUSY_RETRY_SECONDS);
            return;
        }
        boolean code = feature.isPresent() || monitorCode.isPresent();
        Refusal unreachable = code || queue.isPresent() ? null : unreachable(dialed);
        if (unreachable != null) {
            signalling.respond(transaction, unreachable.status(), unreachable.reason());
            return;
        }
        SessionDescription offer;
        try {
            offer = Bodies.offerIn(invite);
        } catch (SdpException e) {
            signalling.respond(transaction, Response.NOT_ACCEPTABLE_HERE, e.getMessage());
            return;
        }
        if (feature.isPresent()) {
            featureCalls.dial(event, transaction, feature.get(), offer);
            return;
        }
        if (monitorCode.isPresent()) {
            monitorRequests.dial(event, transaction, monitorCode.get(), offer);
            return;
        }
        Call call = admit(transaction, dialed, offer);
        if (call == null) {
            return;
        }
        RtpRelay relay = call.media;
        relay.partyAt(RtpRelay.Side.A, offer.mediaAddress());
        // reported from the timer thread: the relay thread, which carries every call's audio, must not wait for a call's lock
        relay.onDtmf((side, digit) -> timers.execute(() -> dtmf(call, side, digit)));
        synchronized (call) {
            if (call.state != Call.State.RINGING) {
                return; // a CANCEL came first
            }
            if (queue.isPresent()) {
                queueCalls.enqueue(call, queue.get(), offer);
            } else {
                ring(call, dialed, ((ToHeader) invite.getHeader(ToHeader.NAME)).getAddress(),
                        offer.anchored(relay.address(), relay.portB()), new AgentAnswers(call));
            }
        }
    }

    /** Opens the call's media and registers it, unless Earshot carries as many calls as it may. */
    private Call admit(ServerTransaction transaction, String dialed, SessionDescription offer) throws SipException {
        Request invite = transaction.getRequest();
        synchronized (calls) { // simultaneous INVITEs must not together exceed the maximum
            if (calls.size() >= maxCalls) {
                overCapacity.increment();
                signalling.refuseForNow(transaction, "Earshot carries its maximum of " + maxCalls + " calls", BUSY_RETRY_SECONDS);
                return null;
            }
            RtpRelay relay;
            try {
                relay = media.openRelay();
            } catch (MediaCapacityException e) {
                signalling.refuseForNow(transaction, "No media capacity: " + e.getMessage(), BUSY_RETRY_SECONDS);
                return null;
            }
            Call call = new Call(UUID.randomUUID().toString(), userOf(((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getURI()),
                    dialed, transaction, offer, relay, clock.instant());
            calls.put(call.id, call);
            legs.put(call.callerLeg.sipCallId, call.callerLeg);
            return call;
        }
    }

    private void dtmf(Call call, RtpRelay.Side side, char digit) {
        synchronized (call) {
            if (call.state == Call.State.ANSWERED) {
                recordings.keyPressed(call, side, digit);
            }
        }
    }

    private void byeUnless(Leg leg, Leg hungUp, Refusal reason) {
        if (leg != null && leg != hungUp) {
            signalling.bye(leg.dialog, reason);
        }
    }

    /** The dialed agent's devices ringing for a new call. */
    private final class AgentAnswers implements ParallelRinging.Outcome {

        private final Call call;
        private boolean rang;

        AgentAnswers(Call call) {
            this.call = call;
        }

        @Override
        public void ringing() throws SipException {
            signalling.respond(call.callerInvite, Response.RINGING, null);
            rang();
        }

        /**
         * RINGING is a direct call's first event, where the EJB layer decides its recording: a phone
         * that answers at once (no 180, or a 180 lost) still rings, in the events, before it answers.
         */
        private void rang() {
            if (!rang) {
                rang = true;
                events.emit(call, CallEvent.Type.RINGING, null);
            }
        }

        @Override
        public void answered(Leg agent) throws SipException {
            rang();
            connectAgent(call, agent);
            RtpRelay relay = call.media;
            call.callerLeg.earshotSdp = agent.partySdp.anchored(relay.address(), relay.portA());
            relay.telephoneEvents(RtpRelay.Side.A, call.callerLeg.earshotSdp.telephoneEventType());
            signalling.answer(call.callerInvite, call.callerLeg.earshotSdp);
            queueCalls.directCallAnswered(call);
            B2bua.this.answered(call);
        }

        @Override
        public void noAnswer() throws SipException {
            end(call, "no answer", null, new Refusal(Response.TEMPORARILY_UNAVAILABLE, "No answer"));
        }

        @Override
        public void refused(Refusal refusal) throws SipException {
            end(call, "agent unavailable: " + refusal, null, refusal);
        }
    }

    private static String callIdOf(Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static String userOf(javax.sip.address.URI uri) {
        return uri instanceof SipURI sip ? sip.getUser() : null;
    }
}
