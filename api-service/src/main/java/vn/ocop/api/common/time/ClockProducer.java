package vn.ocop.api.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's one clock: the system clock in Vietnam time. The legal day (which rule set is in force, whether a
 * certificate is valid, the year of a product code) is the day in Vietnam whatever zone the server runs in. Read
 * it through {@link Today}; tests replace this bean to move time.
 */
@Singleton
public class ClockProducer {

    /** Vietnam time (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
