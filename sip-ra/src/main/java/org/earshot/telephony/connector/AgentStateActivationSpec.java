package org.earshot.telephony.connector;

/** The activation of an MDB implementing {@code AgentStateListener}: every agent's states, in order per agent. */
public class AgentStateActivationSpec extends ListenerActivationSpec {
}
