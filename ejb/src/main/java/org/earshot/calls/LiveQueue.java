package org.earshot.calls;

/**
 * One queue on the live view: its calls ringing and in progress, and its agents: how many are
 * logged in to it, how many of those are ready for its next call (available and idle), and how
 * many are busy (ringing, on a call, or wrapping up).
 */
public record LiveQueue(Long queueId, String name, String number, long ringing, long talking, long agentsLoggedIn,
                        long agentsReady, long agentsBusy) {
}
