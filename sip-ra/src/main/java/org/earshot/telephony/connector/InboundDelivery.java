package org.earshot.telephony.connector;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.AgentStateListener;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.api.SecurityReportListener;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.api.SubscriptionRequestListener;

/**
 * Carries what the telephony core tells (call events, agent states, subscription requests, security reports) from its threads to the active
 * message endpoints of one listener type (the EJB layer's MDBs). The core's thread only queues the
 * item in the {@link Lane} of its key (the call, the agent) and, if that lane is idle, schedules it
 * on the WorkManager: persisting happens on the container's threads, never on SIP's or the queue
 * engine's. Each key's items arrive in order; an item raised while no endpoint is active (before
 * the application's MDB is deployed, or after it is undeployed) is logged and dropped.
 *
 * @param <E> what is delivered
 */
final class InboundDelivery<E> {

    private static final Logger LOG = Logger.getLogger(InboundDelivery.class.getName());

    private final WorkManager workManager;
    private final String kind;
    private final Function<E, String> keyOf;
    private final BiConsumer<MessageEndpoint, E> handOver;
    private final Function<E, String> describe;
    private final Set<MessageEndpointFactory> endpoints = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, Lane<E>> lanes = new ConcurrentHashMap<>();

    /**
     * @param kind     what is delivered, for the log ("call events")
     * @param keyOf    the lane an item goes in: items of one key arrive in order
     * @param handOver calls the endpoint's listener method
     */
    private InboundDelivery(WorkManager workManager, String kind, Function<E, String> keyOf,
                            BiConsumer<MessageEndpoint, E> handOver, Function<E, String> describe) {
        this.workManager = workManager;
        this.kind = kind;
        this.keyOf = keyOf;
        this.handOver = handOver;
        this.describe = describe;
    }

    /** Call events to MDBs implementing {@link CallEventListener}, in order per call. */
    static InboundDelivery<CallEvent> callEvents(WorkManager workManager) {
        return new InboundDelivery<>(workManager, "call events", CallEvent::callId,
                (endpoint, event) -> ((CallEventListener) endpoint).onCallEvent(event),
                event -> "call " + event.callId() + " " + event.type() + " " + event.caller() + " -> " + event.dialed()
                        + (event.detail() == null ? "" : " (" + event.detail() + ")"));
    }

    /** Agent states to MDBs implementing {@link AgentStateListener}, in order per agent. */
    static InboundDelivery<AgentStateReport> agentStates(WorkManager workManager) {
        return new InboundDelivery<>(workManager, "agent states", AgentStateReport::extension,
                (endpoint, state) -> ((AgentStateListener) endpoint).onAgentState(state),
                state -> "agent " + state.extension() + " " + state.presence() + " " + state.activity() + " in " + state.queues());
    }

    /** Phones' requests to watch an extension's calls to MDBs implementing {@link SubscriptionRequestListener}, in order per subscriber. */
    static InboundDelivery<SubscriptionRequest> subscriptionRequests(WorkManager workManager) {
        return new InboundDelivery<>(workManager, "subscription requests", SubscriptionRequest::subscriber,
                (endpoint, request) -> ((SubscriptionRequestListener) endpoint).onSubscriptionRequest(request),
                request -> "subscription " + request.subscriptionId() + " of " + request.subscriber() + " to " + request.agent());
    }

    /**
     * The SIP server's security reports to MDBs implementing {@link SecurityReportListener}, in order per
     * source address (each is one interval's summary, so there are few).
     */
    static InboundDelivery<SecurityReport> securityReports(WorkManager workManager) {
        return new InboundDelivery<>(workManager, "security reports", SecurityReport::source,
                (endpoint, report) -> ((SecurityReportListener) endpoint).onSecurityReport(report),
                report -> "security report of " + report.source() + ": " + report.describe());
    }

    void activate(MessageEndpointFactory endpoint) {
        endpoints.add(endpoint);
        LOG.info(() -> kind + " now delivered to " + endpoint.getActivationName());
    }

    void deactivate(MessageEndpointFactory endpoint) {
        endpoints.remove(endpoint);
    }

    /** Queues the item behind its key's earlier ones; returns at once. */
    void deliver(E item) {
        String key = keyOf.apply(item);
        Lane<E> lane;
        Lane.Admission admission;
        do {
            // a lane that ran empty and left the map just now refuses the item; the next lookup makes a new one
            lane = lanes.computeIfAbsent(key, this::newLane);
            admission = lane.offer(item);
        } while (admission == Lane.Admission.RETIRED);
        if (admission == Lane.Admission.MUST_START) {
            start(key, lane);
        }
    }

    /** Keys with items waiting or being delivered; a key whose items are all delivered holds no lane. */
    int openLanes() {
        return lanes.size();
    }

    private Lane<E> newLane(String key) {
        return new Lane<>(this::handToEndpoints, retired -> lanes.remove(key, retired));
    }

    private void start(String key, Lane<E> lane) {
        try {
            workManager.scheduleWork(lane);
        } catch (WorkException e) {
            int lost = lane.abandon();
            LOG.log(Level.WARNING, kind + " of " + key + ": " + lost + " dropped, the WorkManager refused them", e);
        }
    }

    private void handToEndpoints(E item) {
        if (endpoints.isEmpty()) {
            LOG.info(() -> "No receiver of " + kind + " is active; dropped " + describe.apply(item));
            return;
        }
        LOG.fine(() -> "Delivering " + describe.apply(item));
        for (MessageEndpointFactory factory : endpoints) {
            try {
                MessageEndpoint endpoint = factory.createEndpoint(null);
                try {
                    handOver.accept(endpoint, item);
                } finally {
                    endpoint.release();
                }
            } catch (UnavailableException | RuntimeException e) {
                // One failing receiver must not hold up the key's later items or the other receivers.
                LOG.log(Level.WARNING, describe.apply(item) + " not delivered to " + factory.getActivationName(), e);
            }
        }
    }
}
