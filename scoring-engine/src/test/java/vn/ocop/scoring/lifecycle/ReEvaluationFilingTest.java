package vn.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.FilingCheck.Timing;

/** 26/2026 Điều 7.6.a (window 180–120 days before expiry) and Điều 12.3 (grace when the window could not be met). */
class ReEvaluationFilingTest {

    private static final Catalogue CATALOGUE = Catalogue.standard();
    private static final RuleSet R26 = CATALOGUE.ruleSet("QD-26-2026").orElseThrow();
    private static final RuleSet R1489 = CATALOGUE.ruleSet("QD-148-1489-2025").orElseThrow();

    @Test
    void aFilingYearsBeforeTheWindowIsTooEarlyAndNamesTheWindow() {
        LocalDate expires = LocalDate.of(2029, 12, 10);
        FilingCheck check = CertificateRules.checkReEvaluationFiling(R26, expires, LocalDate.of(2027, 1, 5));
        assertThat(check).isEqualTo(new FilingCheck.TooEarly(new DateWindow(LocalDate.of(2029, 6, 13), LocalDate.of(2029, 8, 12))));
        assertThat(check.accepted()).isFalse();
    }

    @ParameterizedTest(name = "expires {0}, filed {1} → {2} {3}")
    @CsvSource(nullValues = "-", value = {
        // a window wholly under 26/2026: 2029-06-13 .. 2029-08-12
        "2029-12-10, 2029-06-12, TOO_EARLY,     -",
        "2029-12-10, 2029-06-13, ON_TIME,       -",
        "2029-12-10, 2029-08-12, ON_TIME,       -",
        "2029-12-10, 2029-08-13, LATE,          -",
        "2029-12-10, 2029-12-10, LATE,          -",
        "2029-12-10, 2029-12-11, LATE,          -",
        // a 148 certificate expiring soon after 22 May 2026: its window 2026-01-16 .. 2026-03-17 opened before 26/2026
        "2026-07-15, 2026-05-22, WINDOW_MISSED, 2027-01-11",
        "2026-07-15, 2026-07-01, WINDOW_MISSED, 2027-01-11",
        "2026-07-15, 2026-07-15, WINDOW_MISSED, 2027-01-11",
        "2026-07-15, 2026-07-16, LATE,          -",
        // the window opens the day before 22 May 2026 (2026-05-21 .. 2026-07-20): it could not be met in full
        "2026-11-17, 2026-06-01, ON_TIME,       -",
        "2026-11-17, 2026-07-20, ON_TIME,       -",
        "2026-11-17, 2026-07-21, WINDOW_MISSED, 2027-05-16",
        // the window opens on 22 May 2026 (2026-05-22 .. 2026-07-21): it could be met
        "2026-11-18, 2026-07-21, ON_TIME,       -",
        "2026-11-18, 2026-07-22, LATE,          -",
    })
    void underTheNewRulesTheFilingIsCheckedAgainstTheWindow(LocalDate expires, LocalDate filed, String outcome, LocalDate graceUntil) {
        FilingCheck check = CertificateRules.checkReEvaluationFiling(R26, expires, filed);
        if (outcome.equals("TOO_EARLY")) {
            assertThat(check).isEqualTo(new FilingCheck.TooEarly(R26.certificatePolicy().reEvaluationWindow(expires).orElseThrow()));
        } else {
            assertThat(check).isEqualTo(new FilingCheck.Accepted(Timing.valueOf(outcome), Optional.ofNullable(graceUntil)));
        }
    }

    @Test
    void underTheOldRulesNoWindowApplies() {
        assertThat(CertificateRules.checkReEvaluationFiling(R1489, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 5, 10)))
                .isEqualTo(new FilingCheck.Accepted(Timing.NO_WINDOW, Optional.empty()));
        assertThat(CertificateRules.checkReEvaluationFiling(R1489, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 16)))
                .isEqualTo(new FilingCheck.Accepted(Timing.NO_WINDOW, Optional.empty()));
    }

    @Test
    void theIssueExampleA148CertificateFiledOnFirstJulyIsInGraceOnFirstAugust() {
        LocalDate filed = LocalDate.of(2026, 7, 1);
        RuleSet filing = ((RuleSetChoice.Chosen) CATALOGUE.ruleSetForFiling(filed, Optional.empty(), EvaluationType.RE_EVALUATION)).ruleSet();
        LocalDate issued = LocalDate.of(2023, 7, 15);
        LocalDate expires = CATALOGUE.ruleSet("QD-148-2023").orElseThrow().certificatePolicy().expiresOn(issued);
        assertThat(filing.id()).isEqualTo("QD-26-2026");
        assertThat(expires).isEqualTo(LocalDate.of(2026, 7, 15));

        FilingCheck check = CertificateRules.checkReEvaluationFiling(filing, expires, filed);
        LocalDate graceUntil = ((FilingCheck.Accepted) check).graceUntil().orElseThrow();
        CertificateRecord record = CertificateRecord.of(issued, expires).withGraceUntil(graceUntil);

        assertThat(CertificateRules.standingOn(record, LocalDate.of(2026, 8, 1), 30))
                .isEqualTo(new CertificateStanding.InGrace(LocalDate.of(2027, 1, 11)));
        assertThat(CertificateRules.standingOn(CertificateRecord.of(issued, expires), LocalDate.of(2026, 8, 1), 30))
                .isEqualTo(new CertificateStanding.Expired(LocalDate.of(2026, 7, 16)));
    }

    @Test
    void aRuleSetNotInForceOnTheFilingDayIsRefused() {
        assertThatThrownBy(() -> CertificateRules.checkReEvaluationFiling(R26, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 5, 21)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be filed under QD-26-2026");
    }

    @Test
    void aGraceComesWithAMissedWindowOnly() {
        assertThatThrownBy(() -> new FilingCheck.Accepted(Timing.LATE, Optional.of(LocalDate.of(2027, 1, 11))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilingCheck.Accepted(Timing.WINDOW_MISSED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
