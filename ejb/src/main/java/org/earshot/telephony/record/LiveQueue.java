package org.earshot.telephony.record;

/**
 * One queue on the live view: its calls ringing and in progress, and how many of its members are
 * free or busy with a call.
 */
public record LiveQueue(Long queueId, String name, String number, long ringing, long talking, long agentsIdle,
                        long agentsBusy) {
}
