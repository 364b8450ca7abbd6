package org.earshot.telephony.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.message.Response;
import org.earshot.telephony.media.RtpRelay;
import org.earshot.telephony.media.SdpException;
import org.earshot.telephony.media.SessionDescription;
import org.earshot.telephony.registrar.Binding;

/**
 * Rings every registered device of an extension at once (parallel forking, each device its own
 * INVITE and dialog). The first device to answer with usable SDP gets the call and the others
 * are cancelled; a device that answers after that is acknowledged and hung up (RFC 3261
 * §13.2.2.4). A device that declines for the user (6xx) stops the others ringing at once (RFC 3261
 * §16.7). After the ring timeout every device is cancelled. Runs under the call's lock.
 *
 * <p>When no device takes the call, the outcome is "no answer" if a device was reached (it sent a
 * provisional response) and still rang, else the most telling refusal. A device that never responded
 * counts as a 408 (RFC 3261 §8.1.3.1 for Timer B, §16.8 for the ring timeout), but says less than any
 * refusal of the same class a device did send: the caller of a busy desk phone and a laptop gone
 * offline hears busy.
 */
final class ParallelRinging {

    private static final Logger LOG = Logger.getLogger(ParallelRinging.class.getName());

    /** What the ringing comes to; told exactly once, except {@link #ringing()}, which comes first if at all. */
    interface Outcome {

        /** A device rings (the first 180 or 183). */
        void ringing() throws SipException;

        /** A device answered; its leg is acknowledged and faces relay side B. */
        void answered(Leg leg) throws SipException;

        /** No device answered within the ring timeout. */
        void noAnswer() throws SipException;

        /** Every device refused or did not respond, or one declined for all; the most telling refusal. */
        void refused(Refusal refusal) throws SipException;
    }

    /** What Earshot says for a device that did not respond at all. */
    private static final Refusal NO_RESPONSE = new Refusal(Response.REQUEST_TIMEOUT, "Device did not respond");

    /**
     * RFC 3261 §16.7: a 6xx (the user declines everywhere) before all, then the lowest class; within
     * the class a device's own refusal before a device's silence, then the lowest status.
     */
    private static final Comparator<Refusal> MOST_TELLING = Comparator.comparing((Refusal refusal) -> refusal.status() < 600)
            .thenComparingInt(refusal -> refusal.status() / 100)
            .thenComparing(NO_RESPONSE::equals)
            .thenComparingInt(Refusal::status);

    private final Call call;
    private final Signalling signalling;
    private final SessionDescription offer;
    private final Outcome outcome;
    private final boolean autoAnswer;
    private final List<Fork> forks = new ArrayList<>();
    private ScheduledFuture<?> ringTimeout;
    private boolean decided;
    private boolean rang;
    private Refusal best;

    /** @param autoAnswer whether to ask the devices to answer by themselves (a supervisor's, for monitoring) */
    ParallelRinging(Call call, Signalling signalling, SessionDescription offer, Outcome outcome, boolean autoAnswer) {
        this.call = call;
        this.signalling = signalling;
        this.offer = offer;
        this.outcome = outcome;
        this.autoAnswer = autoAnswer;
    }

    void start(List<Binding> devices, Address from, Address to, int maxForwards, ScheduledExecutorService timers,
               Duration timeout) throws SipException {
        for (Binding device : devices) {
            Fork fork = new Fork();
            forks.add(fork);
            try {
                fork.invite = signalling.invite(device.contact(), from, to, maxForwards, offer, autoAnswer,
                        new Awaited(call, fork));
            } catch (SipException e) {
                LOG.log(Level.FINE, "Device " + device.contact() + " cannot be called", e);
                fork.refusedWith(new Refusal(Response.SERVICE_UNAVAILABLE, "Device unreachable"));
            }
        }
        ringTimeout = timers.schedule(this::ringTimedOut, timeout.toMillis(), TimeUnit.MILLISECONDS);
        decideIfRefused();
    }

    /** Stops every device ringing: the caller gave up, or the call ended otherwise. */
    void cancel() {
        decided = true;
        ringTimeout.cancel(false);
        forks.forEach(Fork::cancel);
    }

    private void ringTimedOut() {
        synchronized (call) {
            if (decided) {
                return;
            }
            boolean stillRinging = forks.stream().anyMatch(fork -> !fork.finished && fork.provisional);
            cancel();
            try {
                if (stillRinging) {
                    outcome.noAnswer();
                } else {
                    consider(NO_RESPONSE); // the devices still out never responded
                    outcome.refused(best);
                }
            } catch (SipException | RuntimeException e) {
                LOG.log(Level.WARNING, "Ring timeout of call " + call.id + " could not be handled", e);
            }
        }
    }

    /** Decides once every device refused, or as soon as one declined for all (a 6xx always is the best). */
    private void decideIfRefused() throws SipException {
        boolean declined = best != null && best.status() >= 600;
        if (!decided && (declined || forks.stream().allMatch(fork -> fork.finished))) {
            cancel();
            outcome.refused(best != null ? best : new Refusal(Response.TEMPORARILY_UNAVAILABLE, "No device registered"));
        }
    }

    private void consider(Refusal refusal) {
        if (best == null || MOST_TELLING.compare(refusal, best) < 0) {
            best = refusal;
        }
    }

    /** One device's INVITE. */
    private final class Fork implements ResponseHandler {

        ClientTransaction invite;
        boolean provisional;
        boolean cancelWanted;
        boolean cancelSent;
        boolean finished;

        @Override
        public void onResponse(Response response, Dialog dialog) throws SipException {
            int status = response.getStatusCode();
            if (status < 200) {
                provisional = true;
                if (cancelWanted) {
                    cancel(); // RFC 3261 §9.1: a CANCEL waits for the first provisional response
                } else if (!rang && !decided && (status == Response.RINGING || status == Response.SESSION_PROGRESS)) {
                    // !decided: SIP threads may hand over a 180 after the 200 that followed it
                    rang = true;
                    outcome.ringing();
                }
            } else if (status < 300) {
                finished = true;
                signalling.ack(dialog, response);
                answered(response, dialog);
            } else if (!finished) {
                refusedWith(new Refusal(status, response.getReasonPhrase()));
                decideIfRefused();
            }
        }

        /** Timer B: the device never responded to the INVITE. */
        @Override
        public void onTimeout() throws SipException {
            if (!finished) {
                refusedWith(NO_RESPONSE);
                decideIfRefused();
            }
        }

        void refusedWith(Refusal refusal) {
            finished = true;
            consider(refusal);
        }

        void cancel() {
            cancelWanted = true;
            if (!finished && provisional && !cancelSent) {
                cancelSent = true;
                signalling.cancel(invite);
            }
        }

        private void answered(Response response, Dialog dialog) throws SipException {
            if (decided) {
                signalling.bye(dialog); // too late: another device has the call, or the call is over
                return;
            }
            SessionDescription answer;
            try {
                answer = SessionDescription.parse(Bodies.text(response));
                if (answer.g711Types().isEmpty()) {
                    throw new SdpException("No common codec in the answer");
                }
            } catch (SdpException e) {
                signalling.bye(dialog);
                refusedWith(new Refusal(Response.NOT_ACCEPTABLE_HERE, "Device's answer unusable: " + e.getMessage()));
                decideIfRefused();
                return;
            }
            ParallelRinging.this.cancel(); // this one is finished, so only the others get CANCEL
            outcome.answered(new Leg(call, RtpRelay.Side.B, dialog, answer, offer));
        }
    }
}
