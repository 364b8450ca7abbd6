package org.earshot.telephony.call;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.PlayedNotice;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.Loop;
import org.earshot.telephony.media.Playback;
import org.earshot.telephony.media.Prompt;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.queue.Routing;

/**
 * Calls that wait in a queue: Earshot answers the caller itself in one G.711 law, plays the queue
 * prompt from the caller's relay port while it waits, and carries out what the distributor decides
 * (ring an agent, stop ringing one, give up on a caller). The agent's devices ring through
 * {@link ParallelRinging}, as for a dialed extension. It also tells the agents' availability about
 * direct calls, so that an agent talking on its extension is not offered a queue caller.
 */
final class QueueCalls {

    private static final Logger LOG = Logger.getLogger(QueueCalls.class.getName());

    private final B2bua b2bua;
    private final Signalling signalling;
    private final CallEvents events;
    private final QueueDesk desk;

    QueueCalls(B2bua b2bua, Signalling signalling, CallEvents events, QueueDesk desk) {
        this.b2bua = b2bua;
        this.signalling = signalling;
        this.events = events;
        this.desk = desk;
    }

    /** The queue a new INVITE is for, if it is a queue call. */
    Optional<DirectoryQueue> queueOf(Request invite) {
        return desk.selector().select(invite);
    }

    /**
     * Answers the caller and puts the call in line, after the queue's announcement if it has one: no
     * agent is offered the call before the caller has heard it through. Under the call's lock.
     */
    void enqueue(Call call, DirectoryQueue queue, SessionDescription offer) throws SipException {
        G711 law = G711.preferredBy(offer);
        RtpRelay relay = call.media;
        call.queue = queue;
        call.law = law;
        call.agent = null; // the dialed number is the queue's, not an agent's
        call.callerLeg.earshotSdp = offer.limitedTo(law).anchored(relay.address(), relay.portA());
        relay.telephoneEvents(RtpRelay.Side.A, call.callerLeg.earshotSdp.telephoneEventType());
        signalling.answer(call.callerInvite, call.callerLeg.earshotSdp);
        call.state = Call.State.WAITING;
        Optional<Prompt> announcement = queue.notices().callerAnnouncement();
        if (announcement.isEmpty()) {
            joinLine(call);
            return;
        }
        Playback announcing = desk.player().play(announcement.get(), relay.towardsPartyA(law), Loop.ONCE);
        call.prompt = announcing;
        // a playback ends on the player's thread, which must not wait for a call's lock
        announcing.finished().thenAccept(report -> {
            if (report.state() == Playback.State.COMPLETED) {
                desk.dispatching().execute(() -> announced(call, announcing));
            }
        });
    }

    /** The announcement played through (reported, for compliance): the caller joins the line, unless the call ended meanwhile. */
    private void announced(Call call, Playback announcement) {
        synchronized (call) {
            if (call.state == Call.State.WAITING && call.prompt == announcement) {
                events.emit(call, CallEvent.Type.NOTICE_PLAYED, PlayedNotice.CALLER_ANNOUNCEMENT.detail());
                joinLine(call);
            }
        }
    }

    /** The queue prompt loops to the caller, who waits in line for an agent. Under the call's lock. */
    private void joinLine(Call call) {
        call.prompt = desk.player().play(desk.prompt(), call.media.towardsPartyA(call.law), Loop.UNTIL_STOPPED);
        int position = desk.distributor().enqueue(call.id, call.queue);
        events.emit(call, CallEvent.Type.QUEUED, "position " + position);
        dispatchSoon();
    }

    /** A direct call's agent answered: it is on a call, and no queue caller is offered to it. */
    void directCallAnswered(Call call) {
        desk.distributor().directCallAnswered(call.id, call.agent);
    }

    /** The agent left an answered call to a successor (a transfer's target; null after a takeover). */
    void agentReplaced(Call call, String successor) {
        desk.distributor().agentReplaced(call.id, successor);
        dispatchSoon(); // the agent released may take a waiting caller once its wrap-up allows
    }

    /** A call ended (the call's lock is held): its queue place or agent is free again. */
    void ended(Call call) {
        desk.distributor().ended(call.id); // an answered call's agent goes into wrap-up (none after a direct call)
        dispatchSoon();
    }

    /** Distribution runs on its own thread: the caller of this may hold a call's lock. */
    void dispatchSoon() {
        desk.dispatching().execute(this::dispatch);
    }

    /** Offers waiting callers and applies the queue times; the queue tick and every change run it. */
    void dispatch() {
        for (Routing routing : desk.distributor().dispatch()) {
            try {
                carryOut(routing);
            } catch (SipException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not carry out " + routing, e);
            }
        }
    }

    private void carryOut(Routing routing) throws SipException {
        Call call = b2bua.call(routing.callId());
        if (call == null) {
            return; // ended meanwhile; the distributor has released its agent
        }
        synchronized (call) {
            if (call.state != Call.State.WAITING) {
                return;
            }
            if (routing instanceof Routing.Offer offer) {
                offer(call, offer.agent(), offer.ringTimeout());
            } else if (routing instanceof Routing.RingNoAnswer ringOut && ringOut.agent().equals(call.agent)
                    && call.ringing != null) {
                call.ringing.cancel(); // a 200 crossing the CANCEL is acknowledged and hung up by the ringing
                call.ringing = null;
            } else if (routing instanceof Routing.WaitExpired expired) {
                b2bua.end(call, "no agent answered within " + expired.waited().toSeconds() + " s", null, null);
            }
        }
    }

    /** Rings the agent's devices with the caller's offer narrowed to the caller's law, so the relay never transcodes. */
    private void offer(Call call, String agent, Duration ringTimeout) throws SipException {
        call.agent = agent;
        RtpRelay relay = call.media;
        SessionDescription offer = call.callerLeg.partySdp.limitedTo(call.law).anchored(relay.address(), relay.portB());
        Address to = ((ToHeader) call.callerInvite.getRequest().getHeader(ToHeader.NAME)).getAddress();
        // told now, not on a 180: a phone may answer at once, and the record needs the offer either way
        events.emit(call, CallEvent.Type.RINGING, null);
        b2bua.ring(call, agent, to, offer, new AgentOffered(call, agent), ringTimeout);
    }

    /** One agent's devices ringing for a waiting caller. The caller is answered already: no 180 towards it. */
    private final class AgentOffered implements ParallelRinging.Outcome {

        private final Call call;
        private final String agent;

        AgentOffered(Call call, String agent) {
            this.call = call;
            this.agent = agent;
        }

        @Override
        public void ringing() {
            // the caller is answered and hears the prompt; RINGING was told with the offer
        }

        @Override
        public void answered(Leg leg) throws SipException {
            if (!desk.distributor().answered(call.id, agent)) {
                signalling.bye(leg.dialog); // the offer rang out a moment before
                return;
            }
            call.prompt.stop();
            b2bua.connectAgent(call, leg);
            b2bua.answered(call);
        }

        @Override
        public void noAnswer() {
            nextAgent();
        }

        @Override
        public void refused(Refusal refusal) {
            LOG.fine(() -> "Agent " + agent + " refused queue call " + call.id + ": " + refusal);
            nextAgent();
        }

        private void nextAgent() {
            call.ringing = null;
            desk.distributor().noAnswer(call.id, agent);
            dispatchSoon();
        }
    }
}
