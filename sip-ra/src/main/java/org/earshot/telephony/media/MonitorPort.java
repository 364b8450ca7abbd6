package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Earshot's RTP port facing a supervisor's phone: opened by {@link RtpRelay#openMonitorPort}, put
 * in the call's mix by {@link RtpRelay#join}, taken out (and closed) by {@link RtpRelay#leave}, or
 * made the agent's side of the call by {@link RtpRelay#handOver}. RFC 4733 events from the
 * supervisor go to its own listener and are never mixed into anyone's audio.
 */
public final class MonitorPort {

    final RtpEndpoint endpoint;
    final G711 law;

    MonitorPort(RtpEndpoint endpoint, G711 law) {
        this.endpoint = endpoint;
        this.law = law;
    }

    public int port() {
        return endpoint.port;
    }

    /** The law the supervisor hears the mix in. */
    public G711 law() {
        return law;
    }

    /** Where the supervisor's phone receives, from its SDP, until its own packets show where it really is. */
    public void partyAt(InetSocketAddress sdpAddress) {
        endpoint.pointAt(sdpAddress);
    }

    /** The RFC 4733 payload type negotiated with the supervisor's phone, or -1 for none. */
    public void telephoneEvents(int payloadType) {
        endpoint.telephoneEvents.negotiated(payloadType);
    }

    /** Who is told of the keys the supervisor presses. */
    public void onDtmf(DtmfListener listener) {
        endpoint.dtmfListener = listener;
    }

    /**
     * Switches the supervisor's mode: every frame mixed after this returns follows it (a frame being
     * mixed meanwhile is sent first). A takeover is {@link RtpRelay#handOver}.
     */
    public void switchTo(MonitoringMode mode) {
        MixedParty party = endpoint.mixed;
        if (party == null || party.voice.role != Voice.Role.SUPERVISOR) {
            throw new IllegalStateException("Port " + port() + " is not a supervisor's in a mix");
        }
        party.mixer.switchTo(party, mode);
    }

    /** Packets received from the supervisor, and packets sent to it (counted as forwarded). */
    LegStatistics statistics() {
        return endpoint.statistics;
    }

    @Override
    public String toString() {
        return "monitor port " + port();
    }
}
