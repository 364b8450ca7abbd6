package org.earshot.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per source: a burst at once, then the rate, and one source's flood costs the others nothing. */
class SourceRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SourceRateLimiter limiter = new SourceRateLimiter(new SipSettings.RequestRate(2, 3), nanos::get);

    @Test
    void burstIsAdmittedAtOnceThenTheRate() {
        assertThat(admitted("192.0.2.1", 5)).isEqualTo(3);

        nanos.addAndGet(500_000_000L); // half a second: one token at 2 per second
        assertThat(admitted("192.0.2.1", 5)).isEqualTo(1);

        nanos.addAndGet(10_000_000_000L); // a long pause refills no more than the burst
        assertThat(admitted("192.0.2.1", 5)).isEqualTo(3);
    }

    @Test
    void sourcesHaveTheirOwnBuckets() {
        admitted("192.0.2.1", 10);

        assertThat(limiter.admits("192.0.2.2")).isTrue();
        assertThat(limiter.admits("192.0.2.1")).isFalse();
    }

    private int admitted(String source, int requests) {
        int admitted = 0;
        for (int i = 0; i < requests; i++) {
            admitted += limiter.admits(source) ? 1 : 0;
        }
        return admitted;
    }
}
