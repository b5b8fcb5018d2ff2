package vn.ocop.scoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.process.Level;

/** 26/2026 Điều 5: the yearly evaluation rounds of provinces and of the ministry; none under 148. */
class EvaluationCalendarTest {

    private static final EvaluationCalendar C26 = Catalogue.standard().ruleSet("QD-26-2026").orElseThrow().calendar();

    @Test
    void under26ProvincesAndTheMinistryHoldTwoRoundsAYear() {
        assertThat(C26.roundWindows(Level.PROVINCE)).containsExactly(
                new RoundWindow(Level.PROVINCE, Level.COMMUNE, MonthDay.of(4, 30), MonthDay.of(6, 30)),
                new RoundWindow(Level.PROVINCE, Level.COMMUNE, MonthDay.of(10, 30), MonthDay.of(12, 30)));
        assertThat(C26.roundWindows(Level.CENTRE)).containsExactly(
                new RoundWindow(Level.CENTRE, Level.PROVINCE, MonthDay.of(1, 30), MonthDay.of(3, 30)),
                new RoundWindow(Level.CENTRE, Level.PROVINCE, MonthDay.of(7, 30), MonthDay.of(9, 30)));
        assertThat(C26.roundWindows(Level.COMMUNE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} decision on {1}: fits {2}")
    @CsvSource(nullValues = "-", value = {
        "PROVINCE, 2026-04-30, true,  --06-30",
        "PROVINCE, 2026-06-29, true,  --06-30",
        "PROVINCE, 2026-06-30, false, -",
        "PROVINCE, 2026-04-29, false, -",
        "PROVINCE, 2026-08-15, false, -",
        "PROVINCE, 2026-12-29, true,  --12-30",
        "PROVINCE, 2026-12-31, false, -",
        "CENTRE,   2027-03-29, true,  --03-30",
        "CENTRE,   2027-09-01, true,  --09-30",
        "CENTRE,   2027-09-30, false, -",
    })
    void aDecisionDateFallsInARoundOrOutsideAll(Level level, LocalDate decidedOn, boolean fits, String deadline) {
        RoundFit fit = C26.fitsLegalWindow(level, decidedOn);
        assertThat(fit.fits()).isEqualTo(fits);
        assertThat(fit.reason()).isNotBlank();
        if (fits) {
            assertThat(fit).isInstanceOfSatisfying(RoundFit.InRound.class,
                    in -> assertThat(in.round().decideBefore()).isEqualTo(MonthDay.parse(deadline)));
        } else {
            assertThat(fit).isInstanceOf(RoundFit.OutsideRounds.class);
        }
    }

    @Test
    void outsideARoundTheNextDecisionPeriodIsNamed() {
        assertThat(C26.fitsLegalWindow(Level.PROVINCE, LocalDate.of(2026, 8, 15)))
                .isEqualTo(new RoundFit.OutsideRounds(Level.PROVINCE, new DateWindow(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 12, 29))));
        assertThat(C26.fitsLegalWindow(Level.PROVINCE, LocalDate.of(2026, 12, 31)))
                .isEqualTo(new RoundFit.OutsideRounds(Level.PROVINCE, new DateWindow(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 6, 29))));
    }

    @Test
    void under148NoRoundsAreFixedSoAnyDateIsAcceptable() {
        EvaluationCalendar c148 = Catalogue.standard().ruleSet("QD-148-2023").orElseThrow().calendar();
        assertThat(c148).isEqualTo(EvaluationCalendar.NONE);
        assertThat(c148.roundWindows(Level.PROVINCE)).isEmpty();
        assertThat(c148.fitsLegalWindow(Level.DISTRICT, LocalDate.of(2024, 8, 15))).isEqualTo(new RoundFit.NoRounds(Level.DISTRICT));
        assertThat(c148.fitsLegalWindow(Level.DISTRICT, LocalDate.of(2024, 8, 15)).fits()).isTrue();
        assertThat(Catalogue.standard().ruleSet("QD-148-1489-2025").orElseThrow().calendar().rounds()).isEmpty();
    }
}
