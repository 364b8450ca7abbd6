package org.earshot.telephony.call;

import gov.nist.javax.sip.RequestEventExt;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Response;
import org.earshot.telephony.directory.DirectoryUnavailableException;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.Loop;
import org.earshot.telephony.media.MediaCapacityException;
import org.earshot.telephony.media.MediaEngine;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.RegisteredCaller;
import org.earshot.telephony.queue.FeatureCode;

/**
 * An agent dialing a feature code ({@code *60}..{@code *63}) from its phone: Earshot applies it,
 * answers, plays the confirmation tones and hangs up. The code counts only from a registered device
 * of the extension ({@link RegisteredCaller}).
 * Such a call is no contact-center call: it has no call events and is not among the active calls.
 */
final class FeatureCalls {

    private final Signalling signalling;
    private final RegisteredCaller registeredCaller;
    private final MediaEngine media;
    private final QueueDesk desk;
    private final QueueCalls queueCalls;

    FeatureCalls(Signalling signalling, RegisteredCaller registeredCaller, MediaEngine media, QueueDesk desk,
                 QueueCalls queueCalls) {
        this.signalling = signalling;
        this.registeredCaller = registeredCaller;
        this.media = media;
        this.desk = desk;
        this.queueCalls = queueCalls;
    }

    void dial(RequestEventExt event, ServerTransaction transaction, FeatureCode feature, SessionDescription offer)
            throws SipException {
        String agent = signalling.registeredSenderOrRefuse(registeredCaller, event, transaction);
        if (agent == null) {
            return;
        }
        try {
            if (!feature.applyTo(agent, desk.agents(), desk.queues())) {
                signalling.respond(transaction, Response.FORBIDDEN, "Not a member of any queue");
                return;
            }
        } catch (DirectoryUnavailableException e) {
            signalling.refuseForNow(transaction, "Queues unavailable: " + e.getMessage(), B2bua.BUSY_RETRY_SECONDS);
            return;
        }
        confirm(transaction, feature, offer);
        queueCalls.dispatchSoon(); // an agent now ready may take a waiting caller at once
    }

    /** Answers with the confirmation tones, then hangs up and frees the port they played from. */
    private void confirm(ServerTransaction transaction, FeatureCode feature, SessionDescription offer) throws SipException {
        RtpRelay relay;
        try {
            relay = media.openRelay();
        } catch (MediaCapacityException e) {
            // the code is applied; only its confirmation cannot be played
            signalling.refuseForNow(transaction, "No media capacity: " + e.getMessage(), B2bua.BUSY_RETRY_SECONDS);
            return;
        }
        G711 law = G711.preferredBy(offer);
        relay.partyAt(RtpRelay.Side.A, offer.mediaAddress());
        signalling.answer(transaction, offer.limitedTo(law).anchored(relay.address(), relay.portA()));
        desk.player().play(feature.confirmation(), relay.towardsPartyA(law), Loop.ONCE).finished().whenCompleteAsync((report, failure) -> {
            signalling.bye(transaction.getDialog());
            relay.close();
        }, desk.dispatching());
    }
}
