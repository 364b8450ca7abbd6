package org.earshot.telephony.call;

import java.util.logging.Logger;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.media.MediaDirection;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;

/**
 * Hold and resume by re-INVITE from either party (RFC 3264 §8.4, RFC 6337): the party offers its
 * leg a new direction (sendonly or inactive to hold, sendrecv to resume). Earshot answers that leg
 * at once from its own side, with media staying on the same Earshot ports, and when the direction
 * Earshot must use towards the other party changes, re-offers the other leg with Earshot's
 * anchored SDP. Earshot sends a party media only if the party wants to receive and the other party
 * sends, and receives it only if the party sends and the other wants to receive.
 */
final class Hold {

    private static final Logger LOG = Logger.getLogger(Hold.class.getName());

    private final Signalling signalling;
    private final CallEvents events;

    Hold(Signalling signalling, CallEvents events) {
        this.signalling = signalling;
        this.events = events;
    }

    /** A re-INVITE from the leg's party. */
    void reoffer(Leg leg, ServerTransaction transaction) throws SipException {
        Call call = leg.call;
        Leg other = call.otherThan(leg);
        if (call.state != Call.State.ANSWERED || other == null || leg.offerPending || other.offerPending) {
            // RFC 3261 §14.2: one offer at a time; the party retries after a random pause
            signalling.respond(transaction, Response.REQUEST_PENDING, "Another offer is under way");
            return;
        }
        SessionDescription offer = signalling.offerOrRefuse(transaction);
        if (offer == null) {
            return;
        }
        partyDescribed(leg, offer);
        boolean wasHolding = leg.holding();
        leg.wish = offer.direction();
        signalling.answer(transaction, leg.earshotSdpWith(towards(leg, other)));
        offerIfChanged(other, towards(other, leg));
        if (leg.holding() != wasHolding) {
            events.emit(call, leg.holding() ? CallEvent.Type.HELD : CallEvent.Type.RESUMED, leg.role());
        }
    }

    /**
     * A new party took over the agent side (a transfer, a supervisor's takeover): the direction
     * towards the caller follows the new agent, so a caller the former agent held is taken off hold.
     *
     * @param why what RESUMED says then: "transfer" or "takeover"
     */
    void agentReplaced(Call call, Leg former, String why) throws SipException {
        offerIfChanged(call.callerLeg, towards(call.callerLeg, call.agentLeg));
        if (former != null && former.holding()) {
            events.emit(call, CallEvent.Type.RESUMED, why);
        }
    }

    /** The direction Earshot uses towards a leg, given what its party and the other party want. */
    private static MediaDirection towards(Leg leg, Leg other) {
        return MediaDirection.of(leg.wish.receives() && other.wish.sends(), leg.wish.sends() && other.wish.receives());
    }

    private void offerIfChanged(Leg leg, MediaDirection direction) throws SipException {
        if (leg.earshotSdp.direction() == direction) {
            return;
        }
        leg.offerPending = true;
        signalling.reinvite(leg.dialog, leg.earshotSdpWith(direction), new Awaited(leg.call, new ResponseHandler() {
            @Override
            public void onResponse(Response response, Dialog dialog) throws SipException {
                answeredByParty(leg, response, dialog);
            }

            @Override
            public void onTimeout() {
                leg.offerPending = false;
            }
        }));
    }

    private void answeredByParty(Leg leg, Response response, Dialog dialog) throws SipException {
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        leg.offerPending = false;
        if (status >= 300) {
            LOG.warning(() -> "The " + leg.role() + " of call " + leg.call.id + " refused Earshot's re-INVITE: " + status);
            return;
        }
        signalling.ack(dialog, response);
        try {
            partyDescribed(leg, SessionDescription.parse(Bodies.text(response)));
        } catch (SdpException e) {
            LOG.warning(() -> "The " + leg.role() + " of call " + leg.call.id + " answered a re-INVITE without usable SDP: "
                    + e.getMessage());
        }
    }

    /** A party may move its media in a re-INVITE; the relay follows only a real move, so a latched NAT address survives. */
    private static void partyDescribed(Leg leg, SessionDescription description) {
        if (!description.mediaAddress().equals(leg.partySdp.mediaAddress())) {
            leg.call.media.partyAt(leg.side, description.mediaAddress());
        }
        leg.partySdp = description;
    }
}
