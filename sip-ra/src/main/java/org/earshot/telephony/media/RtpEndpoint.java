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
    final LegStatistics statistics = new LegStatistics();
    volatile InetSocketAddress party;
    volatile boolean latched;
    RtpEndpoint twin;

    RtpEndpoint(DatagramChannel channel, int port) {
        this.channel = channel;
        this.port = port;
    }

    void latchOnto(InetSocketAddress source) {
        if (!latched) {
            party = source;
            latched = true;
        }
    }
}
