package org.earshot.telephony.call;

import gov.nist.javax.sip.RequestEventExt;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.RegisteredCaller;
import org.earshot.telephony.sip.EarshotContact;
import org.earshot.telephony.sip.SipResponses;

/**
 * The SIP messages the B2BUA sends, built one way: Earshot's Contact on everything that makes or
 * refreshes a dialog, SDP as application/sdp, and every request's answer routed back to an
 * {@link Awaited} on its client transaction, which retransmits and times out after the configured
 * T1. Header values are Earshot's own, so a failure to build one is a bug, not a peer's fault, and
 * is thrown unchecked.
 */
final class Signalling {

    private static final Logger LOG = Logger.getLogger(Signalling.class.getName());
    /** How long a transferor's implicit subscription to the transfer's progress lasts (RFC 3515 §2.4.4). */
    private static final int REFER_SUBSCRIPTION_SECONDS = 60;

    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final SipResponses responses;
    private final int retransmitMillis;

    Signalling(SipProvider provider, MessageFactory messages, HeaderFactory headers, AddressFactory addresses,
               Duration retransmitInterval) {
        this.provider = provider;
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.responses = new SipResponses(messages);
        this.retransmitMillis = Math.toIntExact(retransmitInterval.toMillis());
    }

    // ---- answering requests -------------------------------------------------------------------

    void respond(ServerTransaction transaction, int status, String reason) throws SipException {
        send(transaction, response(status, transaction.getRequest(), reason));
    }

    /**
     * A response with a header of its own, once per value (RFC 3261 §7.3.1: the same as one
     * comma-separated header): Accept with a 415, Warning with a refusal that says why.
     */
    void respond(ServerTransaction transaction, int status, String reason, String headerName, String... values)
            throws SipException {
        Response response = response(status, transaction.getRequest(), reason);
        for (String value : values) {
            try {
                response.addHeader(headers.createHeader(headerName, value));
            } catch (ParseException e) {
                throw new IllegalStateException(headerName + ": " + value, e);
            }
        }
        send(transaction, response);
    }

    /**
     * The extension a request acting in its sender's name comes from (feature and monitor codes);
     * null when it does not come from a registered device of that extension, and was refused with 403.
     */
    String registeredSenderOrRefuse(RegisteredCaller registeredCaller, RequestEventExt event, ServerTransaction transaction)
            throws SipException {
        String sender = registeredCaller.of(event);
        if (sender == null) {
            respond(transaction, Response.FORBIDDEN, "Not from a registered device of the caller");
        }
        return sender;
    }

    /** A refusal that says when to try again (503 with Retry-After). */
    void refuseForNow(ServerTransaction transaction, String reason, int retryAfterSeconds) throws SipException {
        Response busy = response(Response.SERVICE_UNAVAILABLE, transaction.getRequest(), reason);
        try {
            busy.addHeader(headers.createRetryAfterHeader(retryAfterSeconds));
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException("Retry-After of " + retryAfterSeconds + " s", e);
        }
        send(transaction, busy);
    }

    /** The SDP offer of a (re-)INVITE, or null when it has none Earshot can use and was refused with 488. */
    SessionDescription offerOrRefuse(ServerTransaction transaction) throws SipException {
        try {
            return Bodies.offerIn(transaction.getRequest());
        } catch (SdpException e) {
            respond(transaction, Response.NOT_ACCEPTABLE_HERE, e.getMessage());
            return null;
        }
    }

    /** 200 OK with Earshot's SDP: an INVITE or re-INVITE answered from Earshot's side of the leg. */
    void answer(ServerTransaction transaction, SessionDescription sdp) throws SipException {
        Response ok = response(Response.OK, transaction.getRequest(), null);
        ok.addHeader(contact());
        withSdp(ok, sdp);
        send(transaction, ok);
    }

    // ---- Earshot's own requests ---------------------------------------------------------------

    /**
     * A new INVITE to a device: the first request of an Earshot-initiated leg. Asked to answer by
     * itself, a phone finds it said both ways phones understand: RFC 5373's Answer-Mode, and the
     * Call-Info answer-after parameter that many desk phones take instead.
     */
    ClientTransaction invite(String device, Address from, Address to, int maxForwards, SessionDescription offer,
                             boolean autoAnswer, Awaited awaited) throws SipException {
        try {
            Address target = addresses.createAddress(device);
            ListeningPoint point = provider.getListeningPoint(ListeningPoint.UDP);
            ViaHeader via = headers.createViaHeader(point.getIPAddress(), point.getPort(), transportOf(target), null);
            Request invite = messages.createRequest(target.getURI(), Request.INVITE, provider.getNewCallId(),
                    headers.createCSeqHeader(1L, Request.INVITE),
                    headers.createFromHeader(from, UUID.randomUUID().toString().substring(0, 8)),
                    headers.createToHeader(to, null), List.of(via), headers.createMaxForwardsHeader(maxForwards));
            invite.addHeader(contact());
            if (autoAnswer) {
                invite.addHeader(headers.createHeader("Answer-Mode", "Auto"));
                invite.addHeader(headers.createHeader("Call-Info", "<sip:" + point.getIPAddress() + ":" + point.getPort()
                        + ">;answer-after=0"));
            }
            withSdp(invite, offer);
            ClientTransaction transaction = newClientTransaction(invite);
            transaction.setApplicationData(awaited);
            transaction.sendRequest();
            return transaction;
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("INVITE to " + device, e);
        }
    }

    /** A re-INVITE with a new offer on an established leg (hold, resume). */
    void reinvite(Dialog dialog, SessionDescription offer, Awaited awaited) throws SipException {
        Request reinvite = dialog.createRequest(Request.INVITE);
        reinvite.setHeader(contact());
        withSdp(reinvite, offer);
        sendInDialog(dialog, reinvite, awaited);
    }

    /** ACK for a 2xx to an INVITE: the dialog's business, sent for every 2xx, a retransmitted one too. */
    void ack(Dialog dialog, Response ok) throws SipException {
        try {
            dialog.sendAck(dialog.createAck(((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException("ACK on " + dialog.getDialogId(), e);
        }
    }

    /** Hangs up a leg. A leg that cannot be reached any more is gone anyway, so failure is only logged. */
    void bye(Dialog dialog) {
        bye(dialog, null);
    }

    /**
     * Hangs up a leg saying why, as a Reason header with the SIP status and its text (RFC 3326), when
     * a reason is given. Nobody waits for the answer: should it never come, the stack gives up after
     * 64 × T1 (Timer F) and the call has long ended on Earshot's side.
     */
    void bye(Dialog dialog, Refusal reason) {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            if (reason != null) {
                bye.addHeader(headers.createReasonHeader("SIP", reason.status(), reason.reason()));
            }
            sendInDialog(dialog, bye, null);
        } catch (SipException e) {
            LOG.log(Level.FINE, "BYE could not be sent on " + dialog.getDialogId(), e);
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("Reason " + reason, e);
        }
    }

    /** Stops a device ringing. It may have answered meanwhile: that 200 gets ACK and BYE where it arrives. */
    void cancel(ClientTransaction invite) {
        try {
            newClientTransaction(invite.createCancel()).sendRequest();
        } catch (SipException e) {
            LOG.log(Level.FINE, "CANCEL could not be sent for " + invite.getBranchId(), e);
        }
    }

    /**
     * Tells the transferor how the transfer goes (RFC 3515 §2.4.5): the status line of the new
     * target's latest response as message/sipfrag. A final status ends the implicit subscription.
     */
    void notifyTransferProgress(Dialog dialog, int status, String reason) throws SipException {
        try {
            Request notify = dialog.createRequest(Request.NOTIFY);
            notify.addHeader(headers.createEventHeader("refer"));
            SubscriptionStateHeader state;
            if (status >= 200) {
                state = headers.createSubscriptionStateHeader(SubscriptionStateHeader.TERMINATED);
                state.setReasonCode(SubscriptionStateHeader.NO_RESOURCE);
            } else {
                state = headers.createSubscriptionStateHeader(SubscriptionStateHeader.ACTIVE);
                state.setExpires(REFER_SUBSCRIPTION_SECONDS);
            }
            notify.addHeader(state);
            notify.addHeader(contact());
            ContentTypeHeader sipfrag = headers.createContentTypeHeader("message", "sipfrag");
            sipfrag.setParameter("version", "2.0");
            notify.setContent("SIP/2.0 " + status + " " + reason + "\r\n", sipfrag);
            sendInDialog(dialog, notify, null);
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("NOTIFY of " + status, e);
        }
    }

    private void sendInDialog(Dialog dialog, Request request, Awaited awaited) throws SipException {
        ClientTransaction transaction = newClientTransaction(request);
        transaction.setApplicationData(awaited);
        dialog.sendRequest(transaction);
    }

    /** The stack's transactions start from RFC 3261's 500 ms; Earshot's follow its own T1. */
    private ClientTransaction newClientTransaction(Request request) throws SipException {
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        transaction.setRetransmitTimer(retransmitMillis);
        return transaction;
    }

    // ---- message parts ------------------------------------------------------------------------

    private Response response(int status, Request request, String reason) {
        return responses.build(status, request, reason);
    }

    private static void send(ServerTransaction transaction, Response response) throws SipException {
        SipResponses.send(transaction, response);
    }

    /** An address of a user at Earshot (an extension, or Earshot's own "monitor"), optionally with a name to show. */
    Address atEarshot(String user, String displayName) {
        ListeningPoint point = provider.getListeningPoint(ListeningPoint.UDP);
        try {
            SipURI uri = addresses.createSipURI(user, point.getIPAddress());
            uri.setPort(point.getPort());
            Address address = addresses.createAddress(uri);
            if (displayName != null) {
                address.setDisplayName(displayName);
            }
            return address;
        } catch (ParseException e) {
            throw new IllegalStateException("Address of " + user + " at " + point.getIPAddress(), e);
        }
    }

    private ContactHeader contact() {
        return EarshotContact.of(provider, addresses, headers);
    }

    private void withSdp(Message message, SessionDescription sdp) {
        try {
            message.setContent(sdp.toString().getBytes(StandardCharsets.US_ASCII), headers.createContentTypeHeader("application", "sdp"));
        } catch (ParseException e) {
            throw new IllegalStateException("SDP body", e);
        }
    }

    private static String transportOf(Address target) {
        String transport = target.getURI() instanceof SipURI sip ? sip.getTransportParam() : null;
        return transport == null ? ListeningPoint.UDP : transport.toUpperCase();
    }
}
