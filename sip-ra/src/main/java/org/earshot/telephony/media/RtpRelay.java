package org.earshot.telephony.media;

import java.net.InetSocketAddress;

/**
 * The anchored media of one call: side A faces the caller, side B the agent. Each side is told
 * where its party listens (from SDP) until the party's own packets show where it really is.
 */
public final class RtpRelay implements AutoCloseable {

    /** A side of the relay: A faces the caller, B the agent. */
    public enum Side { A, B }

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
        partyAt(Side.A, sdpAddress);
    }

    public void partyBAt(InetSocketAddress sdpAddress) {
        partyAt(Side.B, sdpAddress);
    }

    /** Where a side's party receives, from its SDP (the first SDP or a re-INVITE's). */
    public void partyAt(Side side, InetSocketAddress sdpAddress) {
        endpoint(side).pointAt(resolved(sdpAddress));
    }

    /**
     * Another party takes a side over (a transfer). The other side's party keeps sending to the
     * same Earshot port and needs no new SDP; packets still coming from the replaced party are dropped.
     */
    public void replaceParty(Side side, InetSocketAddress sdpAddress) {
        endpoint(side).replaceParty(resolved(sdpAddress));
    }

    /** The RFC 4733 payload type negotiated with a side's party, or -1 for none. */
    public void telephoneEvents(Side side, int payloadType) {
        endpoint(side).telephoneEvents.negotiated(payloadType);
    }

    /** Who is told of the digits either party sends. */
    public void onDtmf(DtmfListener listener) {
        a.dtmfListener = listener;
        b.dtmfListener = listener;
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

    private RtpEndpoint endpoint(Side side) {
        return side == Side.A ? a : b;
    }

    private static InetSocketAddress resolved(InetSocketAddress address) {
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
    }
}
