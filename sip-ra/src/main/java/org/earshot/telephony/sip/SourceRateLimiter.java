package org.earshot.telephony.sip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per source address: a source may send {@code burst} requests at once and then
 * {@code perSecond} a second. One flooding source is refused without slowing down the others.
 * Buckets of sources that went quiet are full again and are forgotten, so the map stays small.
 */
final class SourceRateLimiter {

    private static final int FORGET_ABOVE = 4096;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final SipSettings.RequestRate rate;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long sweptAt;

    SourceRateLimiter(SipSettings.RequestRate rate, LongSupplier nanoTime) {
        this.rate = rate;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the source; false when its bucket is empty. */
    boolean admits(String source) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE && now - sweptAt > NANOS_PER_SECOND) {
            sweptAt = now; // at most once a second, so that many sources cannot make every request a sweep
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(source, s -> new Bucket(rate.burst(), now)).take(now);
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= rate.burst();
        }

        private void refill(long now) {
            tokens = Math.min(rate.burst(), tokens + (double) (now - refilledAt) * rate.perSecond() / NANOS_PER_SECOND);
            refilledAt = now;
        }
    }
}
