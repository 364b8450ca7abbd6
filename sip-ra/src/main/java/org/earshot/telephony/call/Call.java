package org.earshot.telephony.call;

import java.time.Instant;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import org.earshot.telephony.media.RtpRelay;

/**
 * One call through Earshot's B2BUA: the caller's leg (A, where Earshot answers) and the agent's leg
 * (B, where Earshot calls), tied together by the anchored media relay.
 */
final class Call {

    enum State { RINGING, ANSWERED, ENDED }

    final String id;
    final String caller;
    final String dialed;
    final ServerTransaction callerInvite;
    final RtpRelay media;
    final Instant startedAt;
    volatile State state = State.RINGING;
    volatile ClientTransaction agentInvite;
    volatile Dialog callerDialog;
    volatile Dialog agentDialog;
    volatile String agentCallId;

    Call(String id, String caller, String dialed, ServerTransaction callerInvite, RtpRelay media, Instant startedAt) {
        this.id = id;
        this.caller = caller;
        this.dialed = dialed;
        this.callerInvite = callerInvite;
        this.media = media;
        this.startedAt = startedAt;
    }

    /** Moves to ENDED once; false if the call had already ended (so cleanup happens once). */
    synchronized boolean end() {
        if (state == State.ENDED) {
            return false;
        }
        state = State.ENDED;
        media.close();
        return true;
    }

    CallEvent.MediaSummary mediaSummary() {
        return new CallEvent.MediaSummary(media.fromA().received(), media.fromA().forwarded(),
                media.fromB().received(), media.fromB().forwarded(), media.fromA().lost() + media.fromB().lost());
    }
}
