package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

/**
 * Earshot's RTP socket facing one party. Packets from the party are counted and relayed out of the
 * twin endpoint to the other party. The party's address comes from its SDP and is replaced by the
 * source of its first packet (symmetric RTP), which is where NATed phones really are.
 */
final class RtpEndpoint {

    final DatagramChannel channel;
    final int port;
    final RtpRelay.Side side;
    final LegStatistics statistics = new LegStatistics();
    final TelephoneEvents telephoneEvents = new TelephoneEvents();
    volatile InetSocketAddress party;
    volatile boolean latched;
    /** The party this side faced before a transfer: its late packets must not reach the new party's peer. */
    volatile InetSocketAddress formerParty;
    volatile DtmfListener dtmfListener;
    RtpEndpoint twin;

    RtpEndpoint(DatagramChannel channel, int port, RtpRelay.Side side) {
        this.channel = channel;
        this.port = port;
        this.side = side;
    }

    /** The party's address as its SDP gives it; its next packet shows where it really is. */
    void pointAt(InetSocketAddress sdpAddress) {
        party = sdpAddress;
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
}
