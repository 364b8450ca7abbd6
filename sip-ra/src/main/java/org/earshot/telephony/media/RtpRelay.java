package org.earshot.telephony.media;

import java.net.InetSocketAddress;

/**
 * The anchored media of one call: side A faces the caller, side B the agent. Each side is told
 * where its party listens (from SDP) until the party's own packets show where it really is.
 */
public final class RtpRelay implements AutoCloseable {

    private final MediaEngine engine;
    private final RtpEndpoint a;
    private final RtpEndpoint b;
    private boolean closed;

    RtpRelay(MediaEngine engine, RtpEndpoint a, RtpEndpoint b) {
        this.engine = engine;
        this.a = a;
        this.b = b;
    }

    public String address() {
        return engine.address();
    }

    public int portA() {
        return a.port;
    }

    public int portB() {
        return b.port;
    }

    public void partyAAt(InetSocketAddress sdpAddress) {
        a.party = resolved(sdpAddress);
    }

    public void partyBAt(InetSocketAddress sdpAddress) {
        b.party = resolved(sdpAddress);
    }

    /** Earshot's own audio to party A (the caller), e.g. queue music while no agent has answered. */
    public RtpTarget towardsPartyA(G711 law) {
        return new RtpTarget(a, law);
    }

    /** Earshot's own audio to party B (the agent), e.g. a monitoring notice tone. */
    public RtpTarget towardsPartyB(G711 law) {
        return new RtpTarget(b, law);
    }

    /** What came from party A and went on to B. */
    public LegStatistics fromA() {
        return a.statistics;
    }

    /** What came from party B and went on to A. */
    public LegStatistics fromB() {
        return b.statistics;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            engine.release(a);
            engine.release(b);
        }
    }

    private static InetSocketAddress resolved(InetSocketAddress address) {
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
    }
}
