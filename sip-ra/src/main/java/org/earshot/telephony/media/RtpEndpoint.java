package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Earshot's RTP socket facing one party. Packets from the party are counted and relayed out of the
 * twin endpoint to the other party, or, while the call is mixed, handed to the party's place in the
 * mix. The party's address comes from its SDP and is replaced by the source of its first packet
 * (symmetric RTP), which is where NATed phones really are.
 */
final class RtpEndpoint {

    final DatagramChannel channel;
    final int port;
    final RtpRelay.Side side;
    final LegStatistics statistics = new LegStatistics();
    final TelephoneEvents telephoneEvents = new TelephoneEvents();
    final AtomicBoolean released = new AtomicBoolean();
    volatile InetSocketAddress party;
    volatile boolean latched;
    /** The party this side faced before a transfer: its late packets must not reach the new party's peer. */
    volatile InetSocketAddress formerParty;
    volatile DtmfListener dtmfListener;
    /** Where the party's packets are relayed to; null for a supervisor's port until it takes the call over. */
    volatile RtpEndpoint twin;
    /** The party's place in the mix while the call is mixed; null while it is a plain relay. */
    volatile MixedParty mixed;

    RtpEndpoint(DatagramChannel channel, int port, RtpRelay.Side side) {
        this.channel = channel;
        this.port = port;
        this.side = side;
    }

    /** The party's address as its SDP gives it; its next packet shows where it really is. */
    void pointAt(InetSocketAddress sdpAddress) {
        party = resolved(sdpAddress);
        latched = false;
    }

    /** A different party takes this side over (a transfer): the one before it is shut out. */
    void replaceParty(InetSocketAddress sdpAddress) {
        formerParty = party;
        statistics.newSource();
        pointAt(sdpAddress);
    }

    boolean isFromFormerParty(InetSocketAddress source) {
        return source.equals(formerParty);
    }

    void latchOnto(InetSocketAddress source) {
        if (!latched) {
            party = source;
            latched = true;
        }
    }

    private static InetSocketAddress resolved(InetSocketAddress address) {
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
    }
}
