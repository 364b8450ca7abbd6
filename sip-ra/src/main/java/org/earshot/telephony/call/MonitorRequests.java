package org.earshot.telephony.call;

import gov.nist.javax.sip.RequestEventExt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException.Reason;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.RegisteredCaller;

/**
 * Supervisors asking to monitor from their own phone by dialing a {@link MonitorCode}. Earshot
 * checks that the INVITE comes from a registered device of the supervisor and that the agent is on
 * an answered call, reports MONITOR_REQUESTED and keeps the INVITE ringing (180) until the EJB layer
 * accepts the request (200 with Earshot's SDP: the INVITE's own dialog becomes the supervisor's leg,
 * joined in the mode asked for) or refuses it (403 with the reason as Warning), for at most the
 * decision timeout (then 408). The supervisor may withdraw by CANCEL (487); the call ending or
 * going to another agent ends the request too (480). Each request that comes to nothing ends with
 * MONITOR_ENDED, as a session would.
 */
final class MonitorRequests {

    private static final Logger LOG = Logger.getLogger(MonitorRequests.class.getName());
    /** RFC 3261 §20.43: 399 is the miscellaneous warning, whose text says why. */
    private static final String WARNING_CODE = "399";

    private final B2bua b2bua;
    private final Signalling signalling;
    private final CallEvents events;
    private final Monitoring monitoring;
    private final RegisteredCaller registeredCaller;
    private final ScheduledExecutorService timers;
    private final Duration decisionTimeout;
    private final Map<String, Request> byId = new ConcurrentHashMap<>();

    MonitorRequests(B2bua b2bua, Signalling signalling, CallEvents events, Monitoring monitoring,
                    RegisteredCaller registeredCaller, ScheduledExecutorService timers, Duration decisionTimeout) {
        this.b2bua = b2bua;
        this.signalling = signalling;
        this.events = events;
        this.monitoring = monitoring;
        this.registeredCaller = registeredCaller;
        this.timers = timers;
        this.decisionTimeout = decisionTimeout;
    }

    /** A supervisor's INVITE to a monitor code, already answered 100 Trying. */
    void dial(RequestEventExt event, ServerTransaction transaction, MonitorCode code, SessionDescription offer)
            throws SipException {
        String supervisor = signalling.registeredSenderOrRefuse(registeredCaller, event, transaction);
        if (supervisor == null) {
            return;
        }
        Refusal unknown = b2bua.unreachable(code.agent());
        if (unknown != null && unknown.status() == Response.NOT_FOUND) {
            signalling.respond(transaction, Response.NOT_FOUND, "No such extension " + code.agent());
            return;
        }
        Call call = b2bua.answeredCallOf(code.agent());
        if (call == null) {
            notOnACall(transaction, code);
            return;
        }
        synchronized (call) {
            if (call.state != Call.State.ANSWERED) {
                notOnACall(transaction, code);
                return;
            }
            G711 law = call.callerLeg.law();
            if (!offer.g711Types().contains(law.payloadType())) {
                signalling.respond(transaction, Response.NOT_ACCEPTABLE_HERE, "No common codec: the call is in " + law);
                return;
            }
            Request request = new Request(UUID.randomUUID().toString(), call, supervisor, code, transaction, offer);
            byId.put(request.id, request);
            signalling.respond(transaction, Response.RINGING, null);
            request.timeout = timers.schedule(() -> timedOut(request), decisionTimeout.toMillis(), TimeUnit.MILLISECONDS);
            events.emit(call, CallEvent.Type.MONITOR_REQUESTED, code.dialed(), request.describe());
        }
    }

    /** Answers the supervisor's INVITE and joins its leg to the call in the mode it dialed; the session's id is the request's. */
    void accept(String requestId) throws MonitorRefusedException, SipException {
        Request request = pending(requestId);
        Call call = request.call;
        synchronized (call) {
            decide(request);
            MonitorSession session;
            try {
                session = monitoring.open(call, request.id, request.supervisor, request.code.mode());
            } catch (MonitorRefusedException refused) {
                signalling.respond(request.transaction, Response.BUSY_HERE, "Cannot monitor now", "Warning", warning(refused.getMessage()));
                events.emit(call, CallEvent.Type.MONITOR_ENDED, "refused: " + refused.getMessage(), request.describe());
                throw refused;
            }
            SessionDescription answer = request.offer.limitedTo(session.port.law())
                    .anchored(call.media.address(), session.port.port());
            try {
                signalling.answer(request.transaction, answer);
            } catch (SipException e) {
                monitoring.finish(session, "supervisor's phone could not be answered", false);
                throw e;
            }
            monitoring.attach(session, new Leg(call, RtpRelay.Side.B, request.transaction.getDialog(), request.offer, answer));
        }
    }

    /** Refuses the request: the supervisor's INVITE gets 403 with the reason as Warning. */
    void refuse(String requestId, String reason) throws MonitorRefusedException, SipException {
        Request request = pending(requestId);
        synchronized (request.call) {
            decide(request);
            signalling.respond(request.transaction, Response.FORBIDDEN, "Monitoring refused", "Warning", warning(reason));
            events.emit(request.call, CallEvent.Type.MONITOR_ENDED, "refused: " + reason, request.describe());
        }
    }

    /** The supervisor's CANCEL, by the SIP Call-ID of its INVITE; false when no request of that INVITE waits. */
    boolean cancel(String sipCallId, ServerTransaction cancel) throws SipException {
        for (Request request : List.copyOf(byId.values())) {
            if (request.sipCallId.equals(sipCallId)) {
                synchronized (request.call) {
                    if (byId.remove(request.id) == null) {
                        return false; // decided meanwhile: the CANCEL crossed the final response
                    }
                    request.timeout.cancel(false);
                    signalling.respond(cancel, Response.OK, null);
                    signalling.respond(request.transaction, Response.REQUEST_TERMINATED, "Request Terminated");
                    events.emit(request.call, CallEvent.Type.MONITOR_ENDED, "supervisor cancelled", request.describe());
                    return true;
                }
            }
        }
        return false;
    }

    /** The call ended (under its lock): the requests for it wait no longer. */
    void callEnded(Call call) {
        withdrawAll(call, "The call has ended", "call ended");
    }

    /**
     * Another agent took the call (a transfer, under the call's lock): the supervisors asked for the
     * agent they dialed, so their requests end; a decision made for that agent must not land on another.
     */
    void agentReplaced(Call call) {
        withdrawAll(call, "Agent %s is not on the call any more", "call transferred");
    }

    private void withdrawAll(Call call, String toSupervisor, String reason) {
        for (Request request : List.copyOf(byId.values())) {
            if (request.call == call && byId.remove(request.id) != null) {
                request.timeout.cancel(false);
                try {
                    signalling.respond(request.transaction, Response.TEMPORARILY_UNAVAILABLE,
                            toSupervisor.formatted(request.code.agent()));
                } catch (SipException e) {
                    LOG.log(Level.FINE, "Supervisor " + request.supervisor + " could not be told: " + reason, e);
                }
                events.emit(call, CallEvent.Type.MONITOR_ENDED, reason, request.describe());
            }
        }
    }

    private void timedOut(Request request) {
        synchronized (request.call) {
            if (byId.remove(request.id) == null) {
                return;
            }
            try {
                signalling.respond(request.transaction, Response.REQUEST_TIMEOUT, "No monitoring decision in time");
            } catch (SipException e) {
                LOG.log(Level.FINE, "Supervisor " + request.supervisor + " could not be told of the timeout", e);
            }
            events.emit(request.call, CallEvent.Type.MONITOR_ENDED, "no decision in time", request.describe());
        }
    }

    private void notOnACall(ServerTransaction transaction, MonitorCode code) throws SipException {
        signalling.respond(transaction, Response.TEMPORARILY_UNAVAILABLE, "Agent " + code.agent() + " is not on an answered call");
    }

    private Request pending(String requestId) throws MonitorRefusedException {
        Request request = requestId == null ? null : byId.get(requestId);
        if (request == null) {
            throw gone(requestId);
        }
        return request;
    }

    /** Takes the request out of waiting, once: a request decided, withdrawn or timed out meanwhile is gone. */
    private void decide(Request request) throws MonitorRefusedException {
        if (byId.remove(request.id) == null) {
            throw gone(request.id);
        }
        request.timeout.cancel(false);
    }

    private static MonitorRefusedException gone(String requestId) {
        return new MonitorRefusedException(Reason.NO_SUCH_SESSION, "No monitoring request " + requestId + " waits for a decision");
    }

    /** A Warning header's value (RFC 3261 §20.43): code, agent, quoted text. */
    private static String warning(String text) {
        return WARNING_CODE + " earshot \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One supervisor's INVITE waiting for the EJB layer's decision. Guarded by the call's lock. */
    private static final class Request {

        final String id;
        final Call call;
        final String supervisor;
        final MonitorCode code;
        final ServerTransaction transaction;
        final SessionDescription offer;
        final String sipCallId;
        ScheduledFuture<?> timeout;

        Request(String id, Call call, String supervisor, MonitorCode code, ServerTransaction transaction,
                SessionDescription offer) {
            this.id = id;
            this.call = call;
            this.supervisor = supervisor;
            this.code = code;
            this.transaction = transaction;
            this.offer = offer;
            this.sipCallId = transaction.getDialog().getCallId().getCallId();
        }

        CallEvent.Monitor describe() {
            return new CallEvent.Monitor(id, supervisor, code.mode());
        }
    }
}
