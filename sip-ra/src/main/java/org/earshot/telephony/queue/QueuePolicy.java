package org.earshot.telephony.queue;

import java.time.Duration;

/**
 * How one queue treats its callers and agents.
 *
 * @param maxWait     how long a caller waits for an agent before the call leaves the queue
 * @param ringTimeout how long an offered agent's phone rings before the next agent is tried
 * @param retryPause  once every ready member has let the call ring out, how long before they are tried again
 * @param wrapUp      after a queue call, how long the agent has to finish its notes before the next call
 */
public record QueuePolicy(Duration maxWait, Duration ringTimeout, Duration retryPause, Duration wrapUp) {

    public static final QueuePolicy DEFAULT = new QueuePolicy(Duration.ofSeconds(120), Duration.ofSeconds(15),
            Duration.ofSeconds(5), Duration.ofSeconds(10));

    public QueuePolicy {
        if (maxWait.isNegative() || ringTimeout.isNegative() || retryPause.isNegative() || wrapUp.isNegative()) {
            throw new IllegalArgumentException("Queue times cannot be negative: " + this);
        }
    }
}
