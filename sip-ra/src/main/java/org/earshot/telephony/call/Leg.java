package org.earshot.telephony.call;

import javax.sip.Dialog;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.MediaDirection;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;

/**
 * One SIP dialog of a call and the side of the relay its party's media uses: the caller's leg
 * faces side A, an agent's leg side B; a supervisor's leg has a port of its own until it takes the
 * call over, when it becomes the agent's side. It keeps the offer/answer state of the leg: what the party
 * last described, what Earshot last described to it, and the direction the party itself asked for
 * (which, unlike its answers to Earshot, says whether the party holds the call). Guarded by the call's lock.
 */
final class Leg {

    final Call call;
    final RtpRelay.Side side;
    final Dialog dialog;
    final String sipCallId;
    /** The party's latest offer or answer. */
    SessionDescription partySdp;
    /** Earshot's latest offer or answer to the party; null until Earshot has sent one. */
    SessionDescription earshotSdp;
    /** The direction the party last offered on its own initiative. */
    MediaDirection wish = MediaDirection.SENDRECV;
    /** An Earshot re-INVITE to the party awaits its answer. */
    boolean offerPending;
    /** The monitoring session of a supervisor's leg; null for the caller's and the agent's. */
    MonitorSession monitor;

    Leg(Call call, RtpRelay.Side side, Dialog dialog, SessionDescription partySdp, SessionDescription earshotSdp) {
        this.call = call;
        this.side = side;
        this.dialog = dialog;
        this.sipCallId = dialog.getCallId().getCallId();
        this.partySdp = partySdp;
        this.earshotSdp = earshotSdp;
    }

    /** The party put the call on hold: it offered to send at most, not to receive (RFC 6337 §5.3). */
    boolean holding() {
        return !wish.receives();
    }

    /** Who this leg's party is, as call events name them. */
    String role() {
        return monitor != null ? "supervisor" : side == RtpRelay.Side.A ? "caller" : "agent";
    }

    /** A supervisor's leg that monitors the call (and has not taken it over). */
    boolean monitoring() {
        return monitor != null && call.agentLeg != this;
    }

    /** The law the party receives in: the first of its G.711 types that Earshot's side of the leg has too. */
    G711 law() {
        return partySdp.g711Types().stream().filter(earshotSdp.g711Types()::contains).findFirst()
                .flatMap(G711::ofPayloadType).orElseThrow(() -> new IllegalStateException("No law agreed with the " + role()));
    }

    /** Earshot's description for the party with the given direction; a changed one gets the next version. */
    SessionDescription earshotSdpWith(MediaDirection direction) {
        if (earshotSdp.direction() != direction) {
            earshotSdp = earshotSdp.withDirection(direction).withNextVersion();
        }
        return earshotSdp;
    }
}
