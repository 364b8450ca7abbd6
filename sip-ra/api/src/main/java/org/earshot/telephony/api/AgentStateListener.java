package org.earshot.telephony.api;

/**
 * Receives every change of an agent's state, per agent in order (for the live view and the workforce
 * feed). Called while distribution is locked: it must not block and must not wait for other threads.
 */
@FunctionalInterface
public interface AgentStateListener {

    void onAgentState(AgentStateReport state);
}
