package vn.ocop.scoring.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.catalogue.Catalogue;

/** Domain README "Certificates and the calendar": validity, warning, re-evaluation window, grace, status. */
class CertificatePolicyTest {

    private static final CertificatePolicy P148 = Catalogue.standard().ruleSet("QD-148-2023").orElseThrow().certificatePolicy();
    private static final CertificatePolicy P26 = Catalogue.standard().ruleSet("QD-26-2026").orElseThrow().certificatePolicy();
    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 15);

    private static CertificateFacts facts(boolean revoked, boolean superseded, boolean pending) {
        return new CertificateFacts(ISSUED, EXPIRES, revoked, superseded, pending);
    }

    @ParameterizedTest(name = "issued {0} → valid through {1}")
    @CsvSource({"2024-03-15, 2027-03-15", "2024-02-29, 2027-02-28", "2024-01-31, 2027-01-31", "2023-11-30, 2026-11-30", "2025-12-31, 2028-12-31"})
    void aCertificateIsValidThroughTheSameDay36MonthsLater(LocalDate issuedOn, LocalDate lastValidDay) {
        assertThat(P148.expiresOn(issuedOn)).isEqualTo(lastValidDay);
        assertThat(P26.expiresOn(issuedOn)).isEqualTo(lastValidDay);
        assertThat(P148.validityMonths()).isEqualTo(36);
        assertThat(P148.lastValidDay()).isEqualTo(LastValidDay.ANNIVERSARY);
    }

    @Test
    void theOtherCountingEndsADayEarlierWhenTheDataSaysSo() {
        CertificatePolicy dayBefore = new CertificatePolicy("X", 36, LastValidDay.DAY_BEFORE_ANNIVERSARY, 30, null, null, 0);
        assertThat(dayBefore.expiresOn(ISSUED)).isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void under148TheIssuerWarnsThirtyDaysBeforeAndNoWindowOrGraceApplies() {
        assertThat(P148.warningDays()).isEqualTo(30);
        assertThat(P148.warnBy(EXPIRES)).contains(LocalDate.of(2027, 2, 13));
        assertThat(P148.reEvaluationWindow(EXPIRES)).isEmpty();
        assertThat(P148.graceDaysWhilePending()).isZero();
        assertThat(Catalogue.standard().ruleSet("QD-148-1489-2025").orElseThrow().certificatePolicy()).isSameAs(P148);
    }

    @Test
    void under26The180To120DayReEvaluationWindowAndA180DayGraceApply() {
        assertThat(P26.warnBy(EXPIRES)).isEmpty();
        assertThat(P26.reEvaluationWindow(EXPIRES)).contains(new DateWindow(LocalDate.of(2026, 9, 16), LocalDate.of(2026, 11, 15)));
        assertThat(P26.graceDaysWhilePending()).isEqualTo(180);
        assertThat(P26.validThrough(facts(false, false, true))).isEqualTo(LocalDate.of(2027, 9, 11));
        assertThat(P26.validThrough(facts(false, false, false))).isEqualTo(EXPIRES);
    }

    @ParameterizedTest(name = "{0}: on {1} with notice {2} days → {3}")
    @CsvSource({
        "148, 2026-01-01, 30, false, false, false, VALID",
        "148, 2027-02-12, 30, false, false, false, VALID",
        "148, 2027-02-13, 30, false, false, false, EXPIRING",
        "148, 2027-03-15, 30, false, false, false, EXPIRING",
        "148, 2027-03-16, 30, false, false, false, EXPIRED",
        "148, 2027-03-16, 30, false, false, true,  EXPIRED",
        "148, 2026-01-01, 30, true,  false, false, REVOKED",
        "148, 2028-01-01, 30, true,  true,  false, REVOKED",
        "148, 2026-01-01, 30, false, true,  false, SUPERSEDED",
        "148, 2027-03-15, 0,  false, false, false, EXPIRING",
        "148, 2027-03-14, 0,  false, false, false, VALID",
        "26,  2027-03-16, 90, false, false, true,  EXPIRING",
        "26,  2027-09-11, 90, false, false, true,  EXPIRING",
        "26,  2027-09-12, 90, false, false, true,  EXPIRED",
        "26,  2027-03-16, 90, false, false, false, EXPIRED",
        "26,  2026-12-15, 90, false, false, false, EXPIRING",
        "26,  2026-12-14, 90, false, false, false, VALID",
    })
    void theStatusFollowsFromTheFactsAndTheDay(String policy, LocalDate today, int notice, boolean revoked, boolean superseded,
                                               boolean pending, CertificateStatus expected) {
        CertificatePolicy p = policy.equals("148") ? P148 : P26;
        assertThat(p.statusOn(facts(revoked, superseded, pending), today, notice)).isEqualTo(expected);
    }

    @Test
    void theDefaultNoticeIsTheWarningOrTheOpeningOfTheReEvaluationWindow() {
        assertThat(P148.noticeDays()).isEqualTo(30);
        assertThat(P26.noticeDays()).isEqualTo(180);
        assertThat(P26.statusOn(facts(false, false, false), LocalDate.of(2026, 9, 16))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(P26.statusOn(facts(false, false, false), LocalDate.of(2026, 9, 15))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void impossibleFactsAreRefused() {
        assertThatThrownBy(() -> P148.statusOn(facts(false, false, false), LocalDate.of(2024, 3, 14), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issued on 2024-03-15");
        assertThatThrownBy(() -> new CertificateFacts(ISSUED, ISSUED.minusDays(1), false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> P148.statusOn(facts(false, false, false), ISSUED, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
