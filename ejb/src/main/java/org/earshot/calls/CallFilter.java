package org.earshot.calls;

import java.time.Instant;

/** Filters of the call list; null or blank means "any". Times bound the call's start, inclusive. */
public record CallFilter(Instant from, Instant to, Long queueId, Long agentId, String text) {

    public static CallFilter any() {
        return new CallFilter(null, null, null, null, null);
    }
}
