package org.earshot.calls;

/**
 * A call went to another agent than the one its record named (a transfer, or a queue ringing the
 * next agent). Fired by {@link TelephonyRecorder} in the transaction that keeps the change, so that
 * what keeps a copy of the call's agent follows it in the same transaction.
 *
 * @param agentId the user the call is with now, null when its extension is nobody's
 */
public record CallAgentChanged(String callId, Long agentId) {
}
