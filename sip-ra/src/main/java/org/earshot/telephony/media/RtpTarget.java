package org.earshot.telephony.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * Where Earshot's own audio for one party goes: out of the Earshot RTP port that faces the party
 * (so the party hears it from the address its SDP was given), to wherever the party currently
 * receives (its SDP address until its own packets show where it really is), in its negotiated law.
 */
final class RtpTarget {

    private final RtpEndpoint endpoint;
    private final G711 law;

    RtpTarget(RtpEndpoint endpoint, G711 law) {
        this.endpoint = endpoint;
        this.law = law;
    }

    G711 law() {
        return law;
    }

    /**
     * Writes the header of Earshot's next 20 ms packet to the party, in its stream, at the buffer's
     * position; {@code startsAfresh} for the first of a prompt or a mix.
     */
    void writeHeader(ByteBuffer packet, boolean startsAfresh) {
        endpoint.toParty.writeOwnHeader(packet, law.payloadType(), startsAfresh, System.nanoTime());
    }

    /** The SSRC of the party's stream: for reports. */
    int ssrc() {
        return endpoint.toParty.ssrc();
    }

    /** Sends one packet; false when the party's address is not known yet. */
    boolean send(ByteBuffer packet) throws IOException {
        InetSocketAddress party = endpoint.party;
        if (party == null) {
            return false;
        }
        endpoint.channel.send(packet, party);
        return true;
    }

    @Override
    public String toString() {
        return law + " from port " + endpoint.port + " to " + endpoint.party;
    }
}
