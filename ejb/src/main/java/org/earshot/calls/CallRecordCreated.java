package org.earshot.calls;

/**
 * A call's record was made, from the first event of the call. Fired by {@link TelephonyRecorder} in the
 * transaction that makes it, so that what was made before the record and keeps a copy of the call's agent and
 * queue (a recording started by the call's first event, which may reach the recordings first) gets them in the
 * same transaction.
 *
 * @param agentId the user the call is with, null when nobody yet or its extension is nobody's
 * @param queueId the queue the call came through, null for a direct call
 */
public record CallRecordCreated(String callId, Long agentId, Long queueId) {
}
