package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.LiveAgent;
import org.earshot.calls.LiveQueue;
import org.earshot.web.faces.ServiceCall;

/**
 * The live view's agents and queues, read afresh for every request: the page re-renders them
 * whenever {@link LiveViewPush} says a call or an agent changed, so each user sees their own
 * scope's state.
 */
@Named
@RequestScoped
public class LiveViewPage {

    @EJB
    private CallRecordService records;

    private List<LiveAgent> agents;
    private List<LiveQueue> queues;

    public List<LiveAgent> getAgents() {
        if (agents == null) {
            agents = ServiceCall.query(null, records::liveAgents).orElse(List.of());
        }
        return agents;
    }

    public List<LiveQueue> getQueues() {
        if (queues == null) {
            queues = ServiceCall.query(null, records::liveQueues).orElse(List.of());
        }
        return queues;
    }

    /** "Billing, Support"; empty for an agent logged out. */
    public String queueNames(LiveAgent agent) {
        return String.join(", ", agent.queues());
    }

    /** How long the agent's current call has run (or rung); the page counts on from here. */
    public Duration onCallFor(LiveAgent agent) {
        return agent.callSince() == null ? Duration.ZERO : Duration.between(agent.callSince(), Instant.now());
    }
}
