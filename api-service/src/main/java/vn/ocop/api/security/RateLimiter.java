package vn.ocop.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets (Bucket4j): each client may make {@code perMinute} requests in a burst, refilled
 * evenly over a minute. The buckets live in a bounded Caffeine cache; a bucket idle for a minute is full again,
 * so it is dropped then. In memory, per instance (with N replicas a client gets up to N times the rate).
 */
public final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Bandwidth limit;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    RateLimiter(int perMinute, LongSupplier nanos) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, MINUTE).build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(MINUTE)
                .ticker(nanos::getAsLong).build();
    }

    /** Takes one token for {@code client}: empty when allowed, else the seconds to wait before retrying. */
    public OptionalLong acquire(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder().addLimit(limit)
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds, rounded up, at least 1 (Retry-After). */
    public static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
