package org.earshot.telephony.call;

import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ReferToHeader;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;

/**
 * Blind transfer by REFER from the agent (RFC 3515, RFC 5589 §6). Earshot accepts it, reports
 * progress to the transferring agent by NOTIFY (message/sipfrag), and rings the target's devices
 * offering only the codec already agreed with the caller, on the agent side of the relay. When the
 * target answers, that side is pointed at the new party: the caller keeps sending to the same
 * Earshot port and needs no re-INVITE. Earshot then hangs up the transferring agent's leg, who is
 * free again for queue calls (after the queue's wrap-up), while the target is on the call.
 * TRANSFERRING is told as the REFER is accepted, TRANSFERRED or TRANSFER_FAILED when it is decided.
 *
 * <p>If the target cannot be reached, refuses or does not answer, the caller stays with the
 * transferring agent, who learns why from the final NOTIFY and can try again (as with a transfer
 * a phone's own call could not complete). If that agent has already hung up, nobody is left to
 * serve the caller, and the call ends: the caller's BYE says why (Reason: the target's refusal).
 */
final class Transfer {

    private final B2bua b2bua;
    private final Signalling signalling;
    private final CallEvents events;
    private final Hold hold;

    Transfer(B2bua b2bua, Signalling signalling, CallEvents events, Hold hold) {
        this.b2bua = b2bua;
        this.signalling = signalling;
        this.events = events;
        this.hold = hold;
    }

    /** A REFER on a leg of a call. */
    void refer(Leg leg, ServerTransaction transaction) throws SipException {
        Call call = leg.call;
        if (leg != call.agentLeg) {
            signalling.respond(transaction, Response.FORBIDDEN, "Only the agent can transfer the call");
            return;
        }
        if (call.transfer != null) {
            signalling.respond(transaction, Response.REQUEST_PENDING, "A transfer is already under way");
            return;
        }
        ReferToHeader referTo = (ReferToHeader) transaction.getRequest().getHeader(ReferToHeader.NAME);
        Address target = referTo == null ? null : referTo.getAddress();
        if (target == null || !(target.getURI() instanceof SipURI uri) || uri.getUser() == null) {
            signalling.respond(transaction, Response.BAD_REQUEST, "Refer-To must name an extension");
            return;
        }
        if (uri.getHeader("Replaces") != null) {
            signalling.respond(transaction, Response.NOT_IMPLEMENTED, "Attended transfer (Replaces) is not supported");
            return;
        }
        signalling.respond(transaction, Response.ACCEPTED, null);
        Attempt attempt = new Attempt(call, uri.getUser());
        call.transfer = attempt;
        signalling.notifyTransferProgress(leg.dialog, Response.TRYING, "Trying");
        events.emit(call, CallEvent.Type.TRANSFERRING, attempt.target);
        Refusal unreachable = b2bua.unreachable(attempt.target);
        if (unreachable != null) {
            attempt.refused(unreachable);
            return;
        }
        RtpRelay relay = call.media;
        SessionDescription offer = call.callerLeg.earshotSdp.anchored(relay.address(), relay.portB())
                .withDirection(call.callerLeg.wish);
        b2bua.ring(call, attempt.target, target, offer, attempt);
    }

    /** The transfer of one call to one target, as the target's devices ring. */
    final class Attempt implements ParallelRinging.Outcome {

        private final Call call;
        final String target;

        Attempt(Call call, String target) {
            this.call = call;
            this.target = target;
        }

        @Override
        public void ringing() throws SipException {
            if (call.agentLeg != null) {
                signalling.notifyTransferProgress(call.agentLeg.dialog, Response.RINGING, "Ringing");
            }
        }

        @Override
        public void answered(Leg leg) throws SipException {
            Leg transferor = call.agentLeg;
            call.transfer = null;
            call.agent = target;
            b2bua.connectAgent(call, leg);
            if (transferor != null) {
                signalling.notifyTransferProgress(transferor.dialog, Response.OK, "OK");
                b2bua.hangUpLeg(transferor);
            }
            b2bua.agentReplaced(call, target);
            events.emit(call, CallEvent.Type.TRANSFERRED, target);
            hold.agentReplaced(call, transferor, "transfer");
        }

        @Override
        public void noAnswer() throws SipException {
            refused(new Refusal(Response.TEMPORARILY_UNAVAILABLE, "No answer"));
        }

        @Override
        public void refused(Refusal refusal) throws SipException {
            call.transfer = null;
            call.ringing = null;
            if (call.agentLeg != null) {
                signalling.notifyTransferProgress(call.agentLeg.dialog, refusal.status(), refusal.reason());
                events.emit(call, CallEvent.Type.TRANSFER_FAILED, target + ": " + refusal);
            } else {
                b2bua.end(call, "transfer to " + target + " failed: " + refusal, null, refusal);
            }
        }
    }
}
