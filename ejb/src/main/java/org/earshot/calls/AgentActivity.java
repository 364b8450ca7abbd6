package org.earshot.calls;

/**
 * What the live view shows of an agent changed (CDI event, fired by {@link AgentStateReceiver}).
 * Observe it after the transaction succeeds, as {@link CallActivity}.
 */
public record AgentActivity(String extension, AgentPresence presence, AgentStatus status) {
}
