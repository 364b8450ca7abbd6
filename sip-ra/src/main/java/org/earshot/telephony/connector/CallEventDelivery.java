package org.earshot.telephony.connector;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.call.CallEvent;
import org.earshot.telephony.call.CallEventListener;

/**
 * Carries call events from the SIP threads to the active message endpoints (the EJB layer's MDBs).
 * The SIP thread only queues the event in its call's {@link CallLane} and, if that lane is idle,
 * schedules it on the WorkManager: persisting happens on the container's threads, never on SIP's.
 * Each call's events arrive in order; an event raised while no endpoint is active (before the
 * application's MDB is deployed, or after it is undeployed) is logged and dropped.
 */
final class CallEventDelivery implements CallEventListener {

    private static final Logger LOG = Logger.getLogger(CallEventDelivery.class.getName());

    private final WorkManager workManager;
    private final Set<MessageEndpointFactory> endpoints = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, CallLane> lanes = new ConcurrentHashMap<>();

    CallEventDelivery(WorkManager workManager) {
        this.workManager = workManager;
    }

    void activate(MessageEndpointFactory endpoint) {
        endpoints.add(endpoint);
        LOG.info(() -> "Call events now delivered to " + endpoint.getActivationName());
    }

    void deactivate(MessageEndpointFactory endpoint) {
        endpoints.remove(endpoint);
    }

    @Override
    public void onCallEvent(CallEvent event) {
        CallLane lane = lanes.computeIfAbsent(event.callId(), this::newLane);
        if (lane.add(event)) {
            try {
                workManager.scheduleWork(lane);
            } catch (WorkException e) {
                lanes.remove(event.callId(), lane);
                int lost = lane.abandon();
                LOG.log(Level.WARNING, "Call " + event.callId() + ": " + lost + " event(s) dropped, the WorkManager refused them", e);
            }
        }
    }

    // A call raises nothing after ENDED, so its lane can go once that is delivered.
    private CallLane newLane(String callId) {
        return new CallLane(this::deliver, drained -> lanes.remove(callId, drained));
    }

    private void deliver(CallEvent event) {
        if (endpoints.isEmpty()) {
            LOG.info(() -> "No call event receiver is active; dropped " + describe(event));
            return;
        }
        LOG.fine(() -> "Delivering " + describe(event));
        for (MessageEndpointFactory factory : endpoints) {
            try {
                MessageEndpoint endpoint = factory.createEndpoint(null);
                try {
                    ((CallEventListener) endpoint).onCallEvent(event);
                } finally {
                    endpoint.release();
                }
            } catch (UnavailableException | RuntimeException e) {
                // One failing receiver must not hold up the call's later events or the other receivers.
                LOG.log(Level.WARNING, describe(event) + " not delivered to " + factory.getActivationName(), e);
            }
        }
    }

    private static String describe(CallEvent event) {
        return "call " + event.callId() + " " + event.type() + " " + event.caller() + " -> " + event.dialed()
                + (event.detail() == null ? "" : " (" + event.detail() + ")");
    }
}
