package org.earshot.telephony.call;

import gov.nist.javax.sip.RequestEventExt;
import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Response;
import org.earshot.telephony.directory.DirectoryUnavailableException;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.Loop;
import org.earshot.telephony.media.MediaCapacityException;
import org.earshot.telephony.media.MediaEngine;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.queue.FeatureCode;
import org.earshot.telephony.registrar.Binding;
import org.earshot.telephony.registrar.LocationService;

/**
 * An agent dialing a feature code ({@code *60}..{@code *63}) from its phone: Earshot applies it,
 * answers, plays the confirmation tones and hangs up. INVITEs are not challenged, so the From
 * header proves nothing: the code counts only when the request comes from a device registered for
 * that extension (its source is a binding's contact), otherwise anyone could log agents out.
 * Such a call is no contact-center call: it has no call events and is not among the active calls.
 */
final class FeatureCalls {

    private static final Logger LOG = Logger.getLogger(FeatureCalls.class.getName());

    private final Signalling signalling;
    private final AddressFactory addresses;
    private final LocationService locations;
    private final MediaEngine media;
    private final QueueDesk desk;
    private final QueueCalls queueCalls;

    FeatureCalls(Signalling signalling, AddressFactory addresses, LocationService locations, MediaEngine media,
                 QueueDesk desk, QueueCalls queueCalls) {
        this.signalling = signalling;
        this.addresses = addresses;
        this.locations = locations;
        this.media = media;
        this.desk = desk;
        this.queueCalls = queueCalls;
    }

    void dial(RequestEventExt event, ServerTransaction transaction, FeatureCode feature, SessionDescription offer)
            throws SipException {
        String agent = ((FromHeader) transaction.getRequest().getHeader(FromHeader.NAME)).getAddress().getURI()
                instanceof SipURI from ? from.getUser() : null;
        if (agent == null || !fromDeviceOf(agent, event)) {
            signalling.respond(transaction, Response.FORBIDDEN, "Not from a registered device of the caller");
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

    /** The request's source address is the contact of one of the extension's registered devices. */
    private boolean fromDeviceOf(String extension, RequestEventExt event) {
        for (Binding binding : locations.bindingsOf(extension)) {
            try {
                if (addresses.createAddress(binding.contact()).getURI() instanceof SipURI contact
                        && contact.getHost().equals(event.getRemoteIpAddress())
                        && (contact.getPort() < 0 ? 5060 : contact.getPort()) == event.getRemotePort()) {
                    return true;
                }
            } catch (ParseException e) {
                LOG.log(Level.FINE, "Unreadable contact " + binding.contact() + " of " + extension, e);
            }
        }
        return false;
    }
}
