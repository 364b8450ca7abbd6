package org.earshot.calls;

import org.earshot.events.Aggregate;
import org.earshot.events.DomainEvent;
import org.earshot.events.EventType;
import org.earshot.organization.User;

/**
 * What the live view shows of an agent changed: presence, status, or the call occupying them
 * (schema {@code events/agent.state-changed.v1.schema.json}).
 *
 * @param callId the call the agent is ringing for or on, null when free
 */
@EventType(name = "agent.state-changed", version = 1)
public record AgentStateChanged(long agentId, String agent, AgentPresence presence, AgentStatus status, String callId)
        implements DomainEvent {

    static AgentStateChanged of(User agent, AgentState state) {
        return new AgentStateChanged(agent.getId(), agent.getUsername(), state.getPresence(), state.getStatus(),
                state.getCall() == null ? null : state.getCall().getCallId());
    }

    @Override
    public Aggregate aggregate() {
        return Aggregate.agent(agentId);
    }
}
