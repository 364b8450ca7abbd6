package org.earshot.telephony.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sip.ServerTransaction;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.Playback;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;

/**
 * One call through Earshot's B2BUA: the caller's leg (A, where Earshot answers) and the agent's leg
 * (B, where Earshot calls), tied together by the anchored media relay. Everything that changes
 * after creation is guarded by the call's own lock, which every handler of the call holds.
 */
final class Call {

    /** WAITING: a queue call, answered by Earshot, waiting for an agent. */
    enum State { RINGING, WAITING, ANSWERED, ENDED }

    final String id;
    final String caller;
    final String dialed;
    final ServerTransaction callerInvite;
    final RtpRelay media;
    final Instant startedAt;
    final Leg callerLeg;
    State state = State.RINGING;
    /** When the caller and an agent were connected; null before. */
    Instant answeredAt;
    /** The call's recording, armed or under way or ended; null when it is not recorded. */
    Recording recording;
    /** The agent's last key was '*': it may begin a recording code ({@link Recordings#keyPressed}). */
    boolean agentPressedStar;
    /** The extension the agent leg belongs to (or rings for): the dialed one, a transfer target later. */
    String agent;
    /** The connected agent's leg; null while ringing, and after a transferring agent hung up. */
    Leg agentLeg;
    /** The devices ringing for this call: the agent's at first, a transfer target's later. */
    ParallelRinging ringing;
    /** The blind transfer under way, if any. */
    Transfer.Attempt transfer;
    /** The queue the call came through; null for a dialed extension. */
    DirectoryQueue queue;
    /** The one law a queue call's caller was answered in, and its agents are offered. */
    G711 law;
    /** The queue prompt playing to the waiting caller. */
    Playback prompt;
    /** Supervisors monitoring the call, ringing or answered; a supervisor who took the call over stays here until the session ends. */
    final List<MonitorSession> monitors = new ArrayList<>();

    Call(String id, String caller, String dialed, ServerTransaction callerInvite, SessionDescription callerOffer,
         RtpRelay media, Instant startedAt) {
        this.id = id;
        this.caller = caller;
        this.dialed = dialed;
        this.callerInvite = callerInvite;
        this.media = media;
        this.startedAt = startedAt;
        this.agent = dialed;
        this.callerLeg = new Leg(this, RtpRelay.Side.A, callerInvite.getDialog(), callerOffer, null);
    }

    /** The leg across the relay from this one; null when it has none (yet, or any more). */
    Leg otherThan(Leg leg) {
        return leg == callerLeg ? agentLeg : callerLeg;
    }

    /** Moves to ENDED and releases the media; the state before, so that cleanup happens once and fits it. */
    State end() {
        State before = state;
        if (before != State.ENDED) {
            state = State.ENDED;
            if (prompt != null) {
                prompt.stop(); // before the port it plays from closes
            }
            media.close();
        }
        return before;
    }

    CallEvent.MediaSummary mediaSummary() {
        return new CallEvent.MediaSummary(media.fromA().received(), media.fromA().forwarded(),
                media.fromB().received(), media.fromB().forwarded(), media.fromA().lost() + media.fromB().lost());
    }

    ActiveCall snapshot() {
        return new ActiveCall(id, caller, agent, state == State.ANSWERED, startedAt, mediaSummary());
    }
}
