package org.earshot.telephony.call;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.directory.SubscriberDirectory;
import org.earshot.telephony.media.MediaCapacityException;
import org.earshot.telephony.media.MediaEngine;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.Binding;
import org.earshot.telephony.registrar.LocationService;
import org.earshot.telephony.sip.SipResponses;

/**
 * The back-to-back user agent: answers the caller's INVITE itself (leg A), calls the dialed agent's
 * registered device (leg B), and anchors the media of both legs on Earshot's RTP ports so that
 * monitoring and recording can later be attached. Each leg is its own SIP dialog.
 */
public final class B2bua {

    private static final Logger LOG = Logger.getLogger(B2bua.class.getName());

    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final SipResponses responses;
    private final SubscriberDirectory directory;
    private final LocationService locations;
    private final MediaEngine media;
    private final CallEventListener listener;
    private final Clock clock;
    private final Map<String, Call> byCallerCallId = new ConcurrentHashMap<>();
    private final Map<String, Call> byAgentCallId = new ConcurrentHashMap<>();

    public B2bua(SipProvider provider, MessageFactory messages, HeaderFactory headers, AddressFactory addresses,
                 SubscriberDirectory directory, LocationService locations, MediaEngine media,
                 CallEventListener listener, Clock clock) {
        this.provider = provider;
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.responses = new SipResponses(messages);
        this.directory = directory;
        this.locations = locations;
        this.media = media;
        this.listener = listener;
        this.clock = clock;
    }

    // ---- leg A: requests from the caller ------------------------------------------------------

    public void invite(RequestEvent event, ServerTransaction transaction) throws ParseException, SipException, InvalidArgumentException {
        Request invite = event.getRequest();
        if (event.getDialog() != null && event.getDialog().getState() != null
                && byCallerCallId.containsKey(callIdOf(invite))) {
            transaction.sendResponse(responses.create(Response.NOT_ACCEPTABLE_HERE, invite, "Re-INVITE not supported yet"));
            return;
        }
        transaction.sendResponse(messages.createResponse(Response.TRYING, invite));
        String dialed = userOf(invite.getRequestURI());
        if (dialed == null || directory.credentialsOf(dialed).isEmpty()) {
            transaction.sendResponse(responses.create(Response.NOT_FOUND, invite, "No such extension"));
            return;
        }
        List<Binding> devices = locations.bindingsOf(dialed);
        if (devices.isEmpty()) {
            transaction.sendResponse(responses.create(Response.TEMPORARILY_UNAVAILABLE, invite, "Extension not registered"));
            return;
        }
        SessionDescription offer;
        try {
            offer = SessionDescription.parse(bodyOf(invite));
            if (offer.g711Types().isEmpty()) {
                transaction.sendResponse(responses.create(Response.NOT_ACCEPTABLE_HERE, invite, "No common codec (PCMU, PCMA)"));
                return;
            }
        } catch (SdpException e) {
            transaction.sendResponse(responses.create(Response.NOT_ACCEPTABLE_HERE, invite, e.getMessage()));
            return;
        }
        RtpRelay relay;
        try {
            relay = media.openRelay();
        } catch (MediaCapacityException e) {
            Response busy = responses.create(Response.SERVICE_UNAVAILABLE, invite, "No media capacity: " + e.getMessage());
            busy.addHeader(headers.createRetryAfterHeader(5));
            transaction.sendResponse(busy);
            return;
        }
        relay.partyAAt(offer.mediaAddress());
        Call call = new Call(UUID.randomUUID().toString(), userOf(((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getURI()),
                dialed, transaction, relay, clock.instant());
        call.callerDialog = transaction.getDialog();
        byCallerCallId.put(callIdOf(invite), call);
        callAgent(call, invite, devices.get(0), offer.anchoredAt(relay.address(), relay.portB()));
    }

    private void callAgent(Call call, Request callerInvite, Binding device, String sdp) throws ParseException, SipException, InvalidArgumentException {
        ListeningPoint point = provider.getListeningPoint(ListeningPoint.UDP);
        Address target = addresses.createAddress(device.contact());
        FromHeader callerFrom = (FromHeader) callerInvite.getHeader(FromHeader.NAME);
        FromHeader from = headers.createFromHeader(callerFrom.getAddress(), UUID.randomUUID().toString().substring(0, 8));
        ToHeader to = headers.createToHeader(((ToHeader) callerInvite.getHeader(ToHeader.NAME)).getAddress(), null);
        CallIdHeader callId = provider.getNewCallId();
        ViaHeader via = headers.createViaHeader(point.getIPAddress(), point.getPort(), transportOf(target), null);
        MaxForwardsHeader maxForwards = headers.createMaxForwardsHeader(
                Math.max(0, ((MaxForwardsHeader) callerInvite.getHeader(MaxForwardsHeader.NAME)).getMaxForwards() - 1));
        Request invite = messages.createRequest(target.getURI(), Request.INVITE, callId,
                headers.createCSeqHeader(1L, Request.INVITE), from, to, List.of(via), maxForwards);
        invite.addHeader(contact());
        invite.setContent(sdp.getBytes(StandardCharsets.US_ASCII), sdpType());
        ClientTransaction transaction = provider.getNewClientTransaction(invite);
        transaction.setApplicationData(call);
        call.agentInvite = transaction;
        call.agentCallId = callId.getCallId();
        byAgentCallId.put(call.agentCallId, call);
        transaction.sendRequest();
    }

    public void bye(RequestEvent event, ServerTransaction transaction) throws ParseException, SipException, InvalidArgumentException {
        String callId = callIdOf(event.getRequest());
        Call call = byCallerCallId.get(callId);
        boolean fromCaller = call != null;
        if (call == null) {
            call = byAgentCallId.get(callId);
        }
        if (call == null) {
            transaction.sendResponse(responses.create(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, event.getRequest(), null));
            return;
        }
        transaction.sendResponse(responses.create(Response.OK, event.getRequest(), null));
        Dialog other = fromCaller ? call.agentDialog : call.callerDialog;
        if (other != null) {
            sendBye(other);
        }
        finish(call, fromCaller ? "caller hung up" : "agent hung up");
    }

    public void cancel(RequestEvent event, ServerTransaction transaction) throws ParseException, SipException, InvalidArgumentException {
        Call call = byCallerCallId.get(callIdOf(event.getRequest()));
        transaction.sendResponse(responses.create(call == null ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK,
                event.getRequest(), null));
        if (call == null || call.state != Call.State.RINGING) {
            return;
        }
        call.callerInvite.sendResponse(responses.create(Response.REQUEST_TERMINATED, call.callerInvite.getRequest(), null));
        if (call.agentInvite != null) {
            provider.getNewClientTransaction(call.agentInvite.createCancel()).sendRequest();
        }
        finish(call, "caller cancelled");
    }

    // ---- Earshot's own call control ------------------------------------------------------------

    /**
     * Ends a call from Earshot's side (a supervisor's hang-up, a takeover's end): a ringing call is
     * refused to the caller and cancelled towards the agent, an answered one gets BYE on both legs.
     * False when no such call is under way (it may just have ended).
     */
    public boolean hangUp(String callId) throws ParseException, SipException, InvalidArgumentException {
        Call call = byCallerCallId.values().stream().filter(c -> c.id.equals(callId)).findFirst().orElse(null);
        if (call == null || call.state == Call.State.ENDED) {
            return false;
        }
        if (call.state == Call.State.RINGING) {
            call.callerInvite.sendResponse(responses.create(Response.TEMPORARILY_UNAVAILABLE, call.callerInvite.getRequest(), "Hung up by Earshot"));
            if (call.agentInvite != null) {
                provider.getNewClientTransaction(call.agentInvite.createCancel()).sendRequest();
            }
        } else {
            sendBye(call.callerDialog);
            sendBye(call.agentDialog);
        }
        finish(call, "hung up by Earshot");
        return true;
    }

    // ---- leg B: responses from the agent's phone ----------------------------------------------

    public void response(ResponseEvent event) throws ParseException, SipException, InvalidArgumentException {
        Response response = event.getResponse();
        Call call = byAgentCallId.get(callIdOf(response));
        if (call == null || !Request.INVITE.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) {
            return;
        }
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            answered(call, event);
        } else if (status == Response.RINGING && call.state == Call.State.RINGING) {
            call.callerInvite.sendResponse(responses.create(Response.RINGING, call.callerInvite.getRequest(), null));
            listener.onCallEvent(event(call, CallEvent.Type.RINGING, null));
        } else if (status >= 300 && call.state == Call.State.RINGING) {
            call.callerInvite.sendResponse(responses.create(status, call.callerInvite.getRequest(), response.getReasonPhrase()));
            finish(call, "agent answered " + status);
        }
    }

    private void answered(Call call, ResponseEvent event) throws ParseException, SipException, InvalidArgumentException {
        Dialog dialog = event.getDialog();
        long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
        dialog.sendAck(dialog.createAck(cseq)); // every 2xx, retransmissions too, is acknowledged
        if (call.state != Call.State.RINGING) {
            if (call.state == Call.State.ENDED) {
                sendBye(dialog); // the caller gave up while the agent answered
            }
            return;
        }
        call.agentDialog = dialog;
        Request callerInvite = call.callerInvite.getRequest();
        try {
            SessionDescription answer = SessionDescription.parse(bodyOf(event.getResponse()));
            call.media.partyBAt(answer.mediaAddress());
            Response ok = responses.create(Response.OK, callerInvite, null);
            ok.addHeader(contact());
            ok.setContent(answer.anchoredAt(call.media.address(), call.media.portA()).getBytes(StandardCharsets.US_ASCII), sdpType());
            call.callerInvite.sendResponse(ok);
            call.state = Call.State.ANSWERED;
            listener.onCallEvent(event(call, CallEvent.Type.ANSWERED, null));
        } catch (SdpException e) {
            sendBye(dialog);
            call.callerInvite.sendResponse(responses.create(Response.NOT_ACCEPTABLE_HERE, callerInvite, e.getMessage()));
            finish(call, "agent's answer unusable: " + e.getMessage());
        }
    }

    // ---- shared -------------------------------------------------------------------------------

    private void finish(Call call, String cause) {
        if (call.end()) {
            byCallerCallId.values().remove(call);
            byAgentCallId.values().remove(call);
            listener.onCallEvent(event(call, CallEvent.Type.ENDED, cause));
        }
    }

    private void sendBye(Dialog dialog) {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            dialog.sendRequest(provider.getNewClientTransaction(bye));
        } catch (SipException e) {
            LOG.log(Level.FINE, "BYE could not be sent on " + dialog.getDialogId(), e);
        }
    }

    private CallEvent event(Call call, CallEvent.Type type, String cause) {
        return new CallEvent(call.id, type, clock.instant(), call.caller, call.dialed, null, call.dialed, cause, call.mediaSummary());
    }

    private javax.sip.header.ContactHeader contact() throws ParseException {
        ListeningPoint point = provider.getListeningPoint(ListeningPoint.UDP);
        SipURI uri = addresses.createSipURI("earshot", point.getIPAddress());
        uri.setPort(point.getPort());
        return headers.createContactHeader(addresses.createAddress(uri));
    }

    private ContentTypeHeader sdpType() throws ParseException {
        return headers.createContentTypeHeader("application", "sdp");
    }

    private static String transportOf(Address target) {
        String transport = target.getURI() instanceof SipURI sip ? sip.getTransportParam() : null;
        return transport == null ? ListeningPoint.UDP : transport.toUpperCase();
    }

    private static String bodyOf(javax.sip.message.Message message) {
        byte[] raw = message.getRawContent();
        return raw == null ? null : new String(raw, StandardCharsets.US_ASCII);
    }

    private static String callIdOf(javax.sip.message.Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static String userOf(javax.sip.address.URI uri) {
        return uri instanceof SipURI sip ? sip.getUser() : null;
    }
}
