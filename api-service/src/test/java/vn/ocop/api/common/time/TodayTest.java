package vn.ocop.api.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link Today}: the legal day is the day in Vietnam (UTC+7), whatever zone the clock or the server runs in. */
class TodayTest {

    private static Today at(String instant, ZoneId zone) {
        return new Today(Clock.fixed(Instant.parse(instant), zone));
    }

    @Test
    void halfPastMidnightInVietnamIsTheNextDayAlthoughUtcIsStillOnTheDayBefore() {
        Today today = at("2026-05-21T17:30:00Z", ClockProducer.VIETNAM);
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(LocalDate.ofInstant(today.now(), ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 5, 21));
    }

    @Test
    void theVietnamDayChangesAtFiveInTheAfternoonUtc() {
        assertThat(at("2026-05-21T16:59:59.999Z", ClockProducer.VIETNAM).date()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(at("2026-05-21T17:00:00Z", ClockProducer.VIETNAM).date()).isEqualTo(LocalDate.of(2026, 5, 22));
    }

    @Test
    void aClockInAnotherZoneDoesNotShiftTheLegalDay() {
        assertThat(at("2026-05-21T17:30:00Z", ZoneOffset.UTC).date()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(at("2026-05-21T16:30:00Z", ZoneId.of("America/Los_Angeles")).date())
                .isEqualTo(LocalDate.of(2026, 5, 21));
    }

    @Test
    void nowIsTheClocksInstantAndNanosFollowIt() {
        Today today = at("2026-05-21T17:30:00.000000123Z", ClockProducer.VIETNAM);
        assertThat(today.now()).isEqualTo(Instant.parse("2026-05-21T17:30:00.000000123Z"));
        long second = Instant.parse("2026-05-21T17:30:00Z").getEpochSecond();
        assertThat(today.nanos()).isEqualTo(second * 1_000_000_000L + 123);
    }

    @Test
    void theProducedClockRunsInVietnamTime() {
        Clock clock = new ClockProducer().clock();
        assertThat(clock.getZone()).isEqualTo(ClockProducer.VIETNAM);
        assertThat(ClockProducer.VIETNAM.getRules().getOffset(Instant.parse("2026-07-01T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(7));
    }
}
