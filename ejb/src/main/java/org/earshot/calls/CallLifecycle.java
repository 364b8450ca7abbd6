package org.earshot.calls;

import java.util.ArrayList;
import java.util.List;
import org.earshot.events.Aggregate;
import org.earshot.events.DomainEvent;
import org.earshot.events.EventType;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;

/**
 * The domain events of a call's life, published as its record takes in the telephony core's events
 * (schemas in {@code events/call.*.schema.json}). Agents are named by username, null while none has the call.
 */
public final class CallLifecycle {

    private CallLifecycle() {
    }

    /** An event in a call's history, which is the call's aggregate. */
    public interface OfCall extends DomainEvent {

        String callId();

        @Override
        default Aggregate aggregate() {
            return Aggregate.call(callId());
        }
    }

    /** The call was first reported (ringing, queued, or ended at once). */
    @EventType(name = "call.started", version = 1)
    public record Started(String callId, String caller, String dialed, String queue, String agent, String agentExtension)
            implements OfCall {
    }

    @EventType(name = "call.answered", version = 1)
    public record Answered(String callId, String agent, String agentExtension) implements OfCall {
    }

    @EventType(name = "call.held", version = 1)
    public record Held(String callId) implements OfCall {
    }

    @EventType(name = "call.resumed", version = 1)
    public record Resumed(String callId) implements OfCall {
    }

    /** The transfer target answered and has the call now. */
    @EventType(name = "call.transferred", version = 1)
    public record Transferred(String callId, String previousAgent, String agent, String agentExtension) implements OfCall {
    }

    /** The call ended; the disposition says how ("caller hung up", the SIP failure, Earshot's restart). */
    @EventType(name = "call.ended", version = 1)
    public record Ended(String callId, String disposition, boolean answered, String agent) implements OfCall {
    }

    /**
     * The domain events of one telephony event the record has just taken in.
     *
     * @param first    whether the event was the call's first (its record was created for it)
     * @param previous the agent the event took the call from, if it changed agent
     */
    static List<DomainEvent> of(CallRecord record, CallEvent event, boolean first, User previous) {
        List<DomainEvent> events = new ArrayList<>(2);
        if (first) {
            events.add(new Started(record.getCallId(), record.getCaller(), record.getDialed(),
                    record.getQueue() == null ? null : record.getQueue().getName(), usernameOf(record.getAgent()), record.getAgentExtension()));
        }
        String callId = record.getCallId();
        switch (event.type()) {
            case ANSWERED -> events.add(new Answered(callId, usernameOf(record.getAgent()), record.getAgentExtension()));
            case HELD -> events.add(new Held(callId));
            case RESUMED -> events.add(new Resumed(callId));
            case TRANSFERRED -> events.add(new Transferred(callId, usernameOf(previous), usernameOf(record.getAgent()),
                    record.getAgentExtension()));
            case ENDED -> events.add(ended(record));
            default -> {
                // the others are kept in the call's history, not published
            }
        }
        return events;
    }

    static Ended ended(CallRecord record) {
        return new Ended(record.getCallId(), record.getDisposition(), record.getAnsweredAt() != null, usernameOf(record.getAgent()));
    }

    private static String usernameOf(User user) {
        return user == null ? null : user.getUsername();
    }
}
