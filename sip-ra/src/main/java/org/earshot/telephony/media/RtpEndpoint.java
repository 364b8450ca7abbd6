package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Earshot's RTP socket facing one party. Packets from the party are counted and relayed out of the
 * twin endpoint to the other party, or, while the call is mixed, handed to the party's place in the
 * mix. The party's address comes from its SDP and is replaced by the source of its first packet
 * (symmetric RTP), which is where NATed phones really are. From then on only the party's packets
 * count: a stream from anywhere else is dropped, so nobody injects audio into a call by guessing its
 * port, and a stray stream that came first (a phone of an earlier call on this port still sending)
 * gives way as soon as the party sends from the address its SDP named.
 */
final class RtpEndpoint {

    final DatagramChannel channel;
    final int port;
    final RtpRelay.Side side;
    final LegStatistics statistics = new LegStatistics();
    final TelephoneEvents telephoneEvents = new TelephoneEvents();
    /** What Earshot sends to the party, whatever it comes from. */
    final RtpStream toParty = new RtpStream();
    final AtomicBoolean released = new AtomicBoolean();
    volatile InetSocketAddress party;
    /** Where the party's SDP said it is: a packet from there is the party's even after another source was latched. */
    private volatile InetSocketAddress sdpParty;
    private volatile boolean latched;
    /** The party this side faced before a transfer: its late packets must not reach the new party's peer. */
    volatile InetSocketAddress formerParty;
    volatile DtmfListener dtmfListener;
    /** Where the party's packets are relayed to; null for a supervisor's port until it takes the call over. */
    volatile RtpEndpoint twin;
    /** The party's place in the mix while the call is mixed; null while it is a plain relay. */
    volatile MixedParty mixed;
    /** The call's recorder while the call is recorded; null otherwise, which is all the relay thread looks at then. */
    volatile CallRecorder recorder;

    RtpEndpoint(DatagramChannel channel, int port, RtpRelay.Side side) {
        this.channel = channel;
        this.port = port;
        this.side = side;
    }

    /** The party's address as its SDP gives it; its next packet shows where it really is. */
    void pointAt(InetSocketAddress sdpAddress) {
        sdpParty = resolved(sdpAddress);
        party = sdpParty;
        latched = false;
    }

    /** A different party takes this side over (a transfer): the one before it is shut out. */
    void replaceParty(InetSocketAddress sdpAddress) {
        formerParty = party;
        statistics.newSource();
        pointAt(sdpAddress);
    }

    /**
     * Whether a packet from {@code source} is the party's, learning where the party sends from on
     * the way. A transferred-away party still sending until its BYE arrives is not.
     */
    boolean isFromParty(InetSocketAddress source) {
        if (source.equals(formerParty) || (latched && !source.equals(party) && !source.equals(sdpParty))) {
            return false;
        }
        party = source;
        latched = true;
        return true;
    }

    private static InetSocketAddress resolved(InetSocketAddress address) {
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
    }
}
