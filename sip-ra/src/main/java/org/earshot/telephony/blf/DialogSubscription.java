package org.earshot.telephony.blf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledFuture;
import javax.sip.Dialog;

/**
 * One phone watching one extension's dialogs (RFC 6665), from its SUBSCRIBE until it ends. Its
 * NOTIFYs go out one at a time, in order: the next once the previous one was answered. Guarded by
 * {@link DialogSubscriptions}.
 */
final class DialogSubscription {

    /** RFC 6665 §4.1.3: pending until the EJB layer decided, active once allowed. */
    enum State { PENDING, ACTIVE, TERMINATED }

    /** A NOTIFY waiting to be sent: its Subscription-State and, for an active subscription, the document. */
    record Notify(String subscriptionState, int expires, String reason, String body) {
    }

    final String id;
    final String subscriber;
    final String agent;
    final Dialog dialog;
    State state = State.PENDING;
    /** The version of the last document sent; the first is 0 (RFC 4235 §4.1). */
    long version = -1;
    /** When the subscription runs out (System.nanoTime). */
    long expiresAtNanos;
    ScheduledFuture<?> expiry;
    final Deque<Notify> outbox = new ArrayDeque<>();
    boolean notifying;

    DialogSubscription(String id, String subscriber, String agent, Dialog dialog) {
        this.id = id;
        this.subscriber = subscriber;
        this.agent = agent;
        this.dialog = dialog;
    }

    /** Seconds left, for Subscription-State's expires. */
    int secondsLeft() {
        return (int) Math.max(0, (expiresAtNanos - System.nanoTime()) / 1_000_000_000L);
    }
}
