package vn.ocop.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, nanos::get);

    @Test
    void allowsABurstThenAsksToWait() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("203.0.113.7")).as("request %d", i).isEmpty();
        }
        assertThat(limiter.acquire("203.0.113.7")).hasValue(1);
    }

    @Test
    void refillsOverTime() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire("203.0.113.7");
        }
        nanos.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("203.0.113.7")).as("one token per second at 60/min").isEmpty();
        assertThat(limiter.acquire("203.0.113.7")).isPresent();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire("203.0.113.7");
        }
        assertThat(limiter.acquire("203.0.113.7")).isPresent();
        assertThat(limiter.acquire("198.51.100.1")).isEmpty();
    }

    @Test
    void retryAfterGrowsWithTheDeficitAtLowRates() {
        RateLimiter slow = new RateLimiter(2, nanos::get);
        slow.acquire("a");
        slow.acquire("a");
        assertThat(slow.acquire("a")).hasValue(30);
    }
}
