package vn.ocop.api.common.time;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The service's clock in every {@code @QuarkusTest}: real Vietnam time until a test moves it, then standing still
 * where the test put it. A test that moves it injects it ({@code @Inject MovableClock clock}) and calls
 * {@link #reset()} in its {@code @AfterEach}, so the tests after it run on real time again.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private final Clock real = Clock.system(ClockProducer.VIETNAM);
    private Instant fixed;

    @Override
    public ZoneId getZone() {
        return ClockProducer.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public synchronized Instant instant() {
        return fixed == null ? real.instant() : fixed;
    }

    /** Stops the clock at {@code instant}. */
    public synchronized void setTo(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at {@code time} on {@code date}, Vietnam time. */
    public void setTo(LocalDate date, LocalTime time) {
        setTo(date.atTime(time).atZone(ClockProducer.VIETNAM).toInstant());
    }

    /** Moves the clock on by {@code duration} (from now when it was running) and stops it there. */
    public synchronized void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Back to real time. */
    public synchronized void reset() {
        fixed = null;
    }
}
