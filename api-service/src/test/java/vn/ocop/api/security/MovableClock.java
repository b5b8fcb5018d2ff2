package vn.ocop.api.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A {@link SecurityClock} that tests move by hand instead of sleeping:
 * {@code QuarkusMock.installMockForType(clock, SecurityClock.class)} in a {@code @BeforeEach}.
 */
public class MovableClock extends SecurityClock {

    private Instant now = Instant.now();
    private long nanos = System.nanoTime();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }
}
