package org.earshot.calls;

/**
 * A call's record changed (CDI event, fired by {@link CallEventReceiver}). Observe it after the
 * transaction succeeds: only then do other transactions, such as a live view's refresh, see the change.
 */
public record CallActivity(String callId, CallState state) {
}
