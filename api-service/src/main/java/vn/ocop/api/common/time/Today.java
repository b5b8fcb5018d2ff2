package vn.ocop.api.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** "Today" and "now" for the whole service, read from the one {@link Clock} ({@link ClockProducer}). */
@ApplicationScoped
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    /**
     * The legal day: the date in Vietnam at this instant. Taken in {@link ClockProducer#VIETNAM} whatever zone
     * the clock carries, so a clock built for another zone cannot shift the day.
     */
    public LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.VIETNAM);
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The current instant in nanoseconds since the epoch, as a cache ticker (entry expiry). Wall-clock time, so
     * moving the clock expires entries; a backward step of the system clock lengthens an entry's life by the
     * step.
     */
    public long nanos() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    /** The clock itself, for APIs that take a {@link Clock}. */
    public Clock clock() {
        return clock;
    }
}
