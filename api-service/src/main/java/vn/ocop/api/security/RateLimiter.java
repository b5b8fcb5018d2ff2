package vn.ocop.api.security;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client may make {@code perMinute} requests in a burst, refilled evenly over a
 * minute. In memory, per instance (with N replicas a client gets up to N times the rate).
 */
public final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    RateLimiter(int perMinute, LongSupplier clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one token for {@code client}: empty when allowed, else the seconds to wait before retrying. */
    public OptionalLong acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > MINUTE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(perMinute, now));
        return bucket.take(now, perMinute);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long idleSince(long now) {
            return now - last;
        }

        synchronized OptionalLong take(long now, int perMinute) {
            double perNano = perMinute / (double) MINUTE_NANOS;
            tokens = Math.min(perMinute, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }
}
