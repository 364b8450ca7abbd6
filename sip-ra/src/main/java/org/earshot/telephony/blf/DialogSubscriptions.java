package org.earshot.telephony.blf;

import gov.nist.javax.sip.RequestEventExt;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.api.SubscriptionRequestListener;
import org.earshot.telephony.directory.SubscriberDirectory;
import org.earshot.telephony.registrar.RegisteredCaller;
import org.earshot.telephony.sip.EarshotContact;
import org.earshot.telephony.sip.SipResponses;

/**
 * The busy lamp field: phones subscribe to an extension's dialog events (RFC 4235 over RFC 6665
 * SUBSCRIBE/NOTIFY) and learn of each change of its calls. Only a registered device may subscribe,
 * to an extension that exists, for the {@code dialog} package (else 403, 404, 489). A subscription
 * starts pending (202, then a NOTIFY without state) and is put to the EJB layer, which decides
 * whether the subscriber may watch that agent: allowed, it becomes active and gets the full state
 * at once and after every change, each document one version up; refused, it ends with
 * {@code terminated;reason=rejected}. A refresh (SUBSCRIBE in the dialog) gets 200 and the current
 * state again; {@code Expires: 0}, or running out, ends it with a last NOTIFY. Earshot caps a
 * subscription at an hour (RFC 4235's default).
 */
public final class DialogSubscriptions implements CallEventListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DialogSubscriptions.class.getName());
    private static final String PACKAGE = "dialog";
    private static final int MAX_SECONDS = 3600;
    // RFC 6665's tokens as phones write them (JAIN-SIP's constants are capitalised)
    private static final String ACTIVE = "active";
    private static final String PENDING = "pending";
    private static final String TERMINATED = "terminated";
    private static final String REJECTED = "rejected";
    private static final String TIMEOUT = "timeout";

    private final SipProvider provider;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final SipResponses responses;
    private final SubscriberDirectory directory;
    private final RegisteredCaller registeredCaller;
    private final SubscriptionRequestListener decider;
    private final String host;
    private final AgentDialogs dialogs = new AgentDialogs();
    private final Map<String, DialogSubscription> byId = new HashMap<>();
    private final Map<String, DialogSubscription> bySipCallId = new HashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "earshot-subscriptions");
        thread.setDaemon(true);
        return thread;
    });

    public DialogSubscriptions(SipProvider provider, HeaderFactory headers, AddressFactory addresses, SipResponses responses,
                               SubscriberDirectory directory, RegisteredCaller registeredCaller,
                               SubscriptionRequestListener decider) {
        this.provider = provider;
        this.headers = headers;
        this.addresses = addresses;
        this.responses = responses;
        this.directory = directory;
        this.registeredCaller = registeredCaller;
        this.decider = decider;
        this.host = provider.getListeningPoint(ListeningPoint.UDP).getIPAddress();
    }

    // ---- SUBSCRIBE ----------------------------------------------------------------------------

    /** A new subscription, or a refresh or un-SUBSCRIBE of one. */
    public synchronized void subscribe(RequestEventExt event, ServerTransaction transaction) throws SipException {
        Request request = transaction.getRequest();
        EventHeader eventHeader = (EventHeader) request.getHeader(EventHeader.NAME);
        if (eventHeader == null || !PACKAGE.equalsIgnoreCase(eventHeader.getEventType())) {
            Response refused = response(Response.BAD_EVENT, request, "Only the dialog event package is served");
            refused.addHeader(header(() -> headers.createAllowEventsHeader(PACKAGE)));
            send(transaction, refused);
            return;
        }
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            refresh(transaction);
            return;
        }
        String subscriber = registeredCaller.of(event);
        if (subscriber == null) {
            send(transaction, response(Response.FORBIDDEN, request, "Not from a registered device of the subscriber"));
            return;
        }
        String agent = request.getRequestURI() instanceof SipURI uri ? uri.getUser() : null;
        if (agent == null || directory.credentialsOf(agent).isEmpty()) {
            send(transaction, response(Response.NOT_FOUND, request, "No such extension"));
            return;
        }
        DialogSubscription subscription = new DialogSubscription(UUID.randomUUID().toString(), subscriber, agent,
                transaction.getDialog());
        int seconds = expiresOf(request);
        send(transaction, accepted(Response.ACCEPTED, request, seconds));
        if (seconds == 0) {
            // a fetch (RFC 6665 §4.4.3): the state needs a decision a fetch does not wait for
            queue(subscription, new DialogSubscription.Notify(TERMINATED, 0,
                    TIMEOUT, null));
            subscription.state = DialogSubscription.State.TERMINATED;
            return;
        }
        byId.put(subscription.id, subscription);
        bySipCallId.put(sipCallIdOf(request), subscription);
        runFor(subscription, seconds);
        queueCurrentState(subscription);
        decider.onSubscriptionRequest(new SubscriptionRequest(subscription.id, subscriber, agent));
    }

    private void refresh(ServerTransaction transaction) throws SipException {
        Request request = transaction.getRequest();
        DialogSubscription subscription = bySipCallId.get(sipCallIdOf(request));
        if (subscription == null) {
            send(transaction, response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request, "No such subscription"));
            return;
        }
        int seconds = expiresOf(request);
        send(transaction, accepted(Response.OK, request, seconds));
        if (seconds == 0) {
            end(subscription, null);
        } else {
            runFor(subscription, seconds);
            queueCurrentState(subscription);
        }
    }

    // ---- the EJB layer's decision -------------------------------------------------------------

    /**
     * The EJB layer's decision on a pending subscription: allowed, it becomes active and gets the
     * watched extension's full state; refused, it ends ({@code terminated;reason=rejected}).
     *
     * @return false when no such subscription waits for a decision (it ended, or was decided)
     */
    public synchronized boolean authorize(String subscriptionId, boolean allowed) {
        DialogSubscription subscription = byId.get(subscriptionId);
        if (subscription == null || subscription.state != DialogSubscription.State.PENDING) {
            return false;
        }
        if (allowed) {
            subscription.state = DialogSubscription.State.ACTIVE;
            queueCurrentState(subscription);
        } else {
            end(subscription, REJECTED);
        }
        return true;
    }

    // ---- changes of the watched calls ---------------------------------------------------------

    @Override
    public synchronized void onCallEvent(CallEvent event) {
        for (String extension : dialogs.apply(event)) {
            for (DialogSubscription subscription : byId.values()) {
                if (subscription.agent.equals(extension) && subscription.state == DialogSubscription.State.ACTIVE) {
                    queueCurrentState(subscription);
                }
            }
            dialogs.forgetEnded(extension);
        }
    }

    // ---- NOTIFY -------------------------------------------------------------------------------

    /** Whether the response was to one of the subscriptions' NOTIFYs (handled here), else the B2BUA's. */
    public boolean response(ResponseEvent event) {
        if (!(event.getClientTransaction() != null && event.getClientTransaction().getApplicationData() instanceof Sent sent)) {
            return false;
        }
        if (event.getResponse().getStatusCode() >= 200) {
            answered(sent.subscription(), event.getResponse().getStatusCode() < 300);
        }
        return true;
    }

    /** Whether the timed-out request was one of the subscriptions' NOTIFYs (handled here). */
    public boolean timeout(TimeoutEvent event) {
        if (!(event.getClientTransaction() != null && event.getClientTransaction().getApplicationData() instanceof Sent sent)) {
            return false;
        }
        answered(sent.subscription(), false);
        return true;
    }

    @Override
    public synchronized void close() {
        timers.shutdownNow();
    }

    private synchronized void answered(DialogSubscription subscription, boolean taken) {
        subscription.notifying = false;
        if (!taken) {
            // RFC 6665 §4.2.2: a NOTIFY refused or unanswered ends the subscription; the phone subscribes anew
            forget(subscription);
            subscription.state = DialogSubscription.State.TERMINATED;
            subscription.outbox.clear();
        }
        sendNext(subscription);
    }

    /** The NOTIFY that tells the subscription's state now: pending without a document, active with the full state. */
    private void queueCurrentState(DialogSubscription subscription) {
        boolean active = subscription.state == DialogSubscription.State.ACTIVE;
        queue(subscription, new DialogSubscription.Notify(active ? ACTIVE : PENDING,
                subscription.secondsLeft(), null, active ? document(subscription) : null));
    }

    /** Ends the subscription with a last NOTIFY, with the full state if it was active. */
    private void end(DialogSubscription subscription, String reason) {
        boolean active = subscription.state == DialogSubscription.State.ACTIVE;
        forget(subscription);
        subscription.state = DialogSubscription.State.TERMINATED;
        queue(subscription, new DialogSubscription.Notify(TERMINATED, 0, reason,
                active ? document(subscription) : null));
    }

    private String document(DialogSubscription subscription) {
        subscription.version++;
        return DialogInfo.render("sip:" + subscription.agent + "@" + host, subscription.version,
                dialogs.of(subscription.agent), host);
    }

    private void queue(DialogSubscription subscription, DialogSubscription.Notify notify) {
        subscription.outbox.add(notify);
        sendNext(subscription);
    }

    private void sendNext(DialogSubscription subscription) {
        if (subscription.notifying || subscription.outbox.isEmpty()) {
            return;
        }
        DialogSubscription.Notify next = subscription.outbox.poll();
        try {
            Request notify = subscription.dialog.createRequest(Request.NOTIFY);
            notify.addHeader(headers.createEventHeader(PACKAGE));
            SubscriptionStateHeader state = headers.createSubscriptionStateHeader(next.subscriptionState());
            if (next.reason() != null) {
                state.setReasonCode(next.reason());
            }
            if (!TERMINATED.equals(next.subscriptionState())) {
                state.setExpires(next.expires());
            }
            notify.addHeader(state);
            notify.setHeader(contact());
            if (next.body() != null) {
                notify.setContent(next.body().getBytes(StandardCharsets.UTF_8),
                        headers.createContentTypeHeader(DialogInfo.TYPE, DialogInfo.SUBTYPE));
            }
            ClientTransaction transaction = provider.getNewClientTransaction(notify);
            transaction.setApplicationData(new Sent(subscription));
            subscription.dialog.sendRequest(transaction);
            subscription.notifying = true;
        } catch (SipException e) {
            LOG.log(Level.FINE, "NOTIFY to " + subscription.subscriber + " could not be sent; subscription ended", e);
            forget(subscription);
            subscription.outbox.clear();
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("NOTIFY of subscription " + subscription.id, e);
        }
    }

    /** The subscription runs for the seconds from now on (a refresh restarts it). */
    private void runFor(DialogSubscription subscription, int seconds) {
        if (subscription.expiry != null) {
            subscription.expiry.cancel(false);
        }
        subscription.expiresAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        subscription.expiry = timers.schedule(() -> expired(subscription), seconds, TimeUnit.SECONDS);
    }

    private synchronized void expired(DialogSubscription subscription) {
        if (byId.get(subscription.id) == subscription && subscription.secondsLeft() == 0) {
            end(subscription, TIMEOUT);
        }
    }

    private void forget(DialogSubscription subscription) {
        byId.remove(subscription.id);
        bySipCallId.values().remove(subscription);
        if (subscription.expiry != null) {
            subscription.expiry.cancel(false);
        }
    }

    // ---- message parts ------------------------------------------------------------------------

    /** The Expires the subscriber asked for, at most an hour; an hour when it asked for none (RFC 4235 §3.4). */
    private static int expiresOf(Request request) {
        ExpiresHeader expires = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        return expires == null ? MAX_SECONDS : Math.min(MAX_SECONDS, Math.max(0, expires.getExpires()));
    }

    private Response accepted(int status, Request request, int seconds) {
        Response response = response(status, request, null);
        response.addHeader(header(() -> headers.createExpiresHeader(seconds)));
        response.addHeader(contact());
        return response;
    }

    private Response response(int status, Request request, String reason) {
        return responses.build(status, request, reason);
    }

    private static void send(ServerTransaction transaction, Response response) throws SipException {
        SipResponses.send(transaction, response);
    }

    private ContactHeader contact() {
        return EarshotContact.of(provider, addresses, headers);
    }

    /** Builds a header of Earshot's own values: a failure is a bug, not a peer's fault. */
    private static <H> H header(HeaderBuilder<H> builder) {
        try {
            return builder.build();
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("Header of Earshot's own", e);
        }
    }

    @FunctionalInterface
    private interface HeaderBuilder<H> {

        H build() throws ParseException, InvalidArgumentException;
    }

    private static String sipCallIdOf(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** What a NOTIFY's client transaction carries, so that its answer finds the subscription. */
    private record Sent(DialogSubscription subscription) {
    }
}
