package vn.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one standing rule: each boundary day on both sides, and in force exactly through lastDayInForce. */
class CertificateStandingTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 7, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 7, 15);
    private static final LocalDate GRACE_UNTIL = LocalDate.of(2027, 1, 11);
    private static final CertificateRecord PLAIN = CertificateRecord.of(ISSUED, EXPIRES);
    private static final CertificateRecord IN_GRACE = PLAIN.withGraceUntil(GRACE_UNTIL);

    private static CertificateStanding on(CertificateRecord r, String day) {
        return CertificateRules.standingOn(r, LocalDate.parse(day), 30);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-07-14, NOT_YET_VALID", "2023-07-15, VALID", "2026-06-14, VALID", "2026-06-15, EXPIRING", "2026-07-15, EXPIRING",
        "2026-07-16, EXPIRED", "2030-01-01, EXPIRED"})
    void withoutGraceACertificateStandsFromItsIssueThroughItsExpiryDay(LocalDate day, Standing expected) {
        CertificateStanding standing = CertificateRules.standingOn(PLAIN, day, 30);
        assertThat(standing.kind()).isEqualTo(expected);
        assertThat(standing.inForce()).isEqualTo(expected.inForce());
    }

    @Test
    void eachStandingCarriesItsDate() {
        assertThat(on(PLAIN, "2023-07-14")).isEqualTo(new CertificateStanding.NotYetValid(ISSUED));
        assertThat(on(PLAIN, "2026-06-15")).isEqualTo(new CertificateStanding.Expiring(30));
        assertThat(on(PLAIN, "2026-07-15")).isEqualTo(new CertificateStanding.Expiring(0));
        assertThat(on(PLAIN, "2026-06-14")).isEqualTo(new CertificateStanding.Valid());
        assertThat(on(PLAIN, "2026-07-16")).isEqualTo(new CertificateStanding.Expired(d("2026-07-16")));
        assertThat(CertificateRules.standingOn(PLAIN, EXPIRES.minusDays(1), 0)).isEqualTo(new CertificateStanding.Valid());
        assertThat(CertificateRules.standingOn(PLAIN, EXPIRES, 0)).isEqualTo(new CertificateStanding.Expiring(0));
    }

    @Test
    void aGraceRecordedAtFilingKeepsItInForceThroughExpiryPlus180Days() {
        assertThat(on(IN_GRACE, "2026-07-15")).isEqualTo(new CertificateStanding.Expiring(0));
        assertThat(on(IN_GRACE, "2026-07-16")).isEqualTo(new CertificateStanding.InGrace(GRACE_UNTIL));
        assertThat(on(IN_GRACE, "2027-01-11")).isEqualTo(new CertificateStanding.InGrace(GRACE_UNTIL));
        assertThat(on(IN_GRACE, "2027-01-12")).isEqualTo(new CertificateStanding.Expired(d("2027-01-12")));
        assertThat(CertificateRules.lastDayInForce(IN_GRACE)).contains(GRACE_UNTIL);
    }

    @Test
    void theReEvaluationDecisionEndsTheGraceOnItsDay() {
        CertificateRecord decided = IN_GRACE.withGraceEndedOn(d("2026-09-01"));
        assertThat(on(decided, "2026-08-31")).isEqualTo(new CertificateStanding.InGrace(GRACE_UNTIL));
        assertThat(on(decided, "2026-09-01")).isEqualTo(new CertificateStanding.Expired(d("2026-09-01")));
        assertThat(CertificateRules.lastDayInForce(decided)).contains(d("2026-08-31"));

        CertificateRecord renewed = decided.withSupersededOn(d("2026-09-01"));
        assertThat(on(renewed, "2026-08-31").inForce()).isTrue();
        assertThat(on(renewed, "2026-09-01")).isEqualTo(new CertificateStanding.Superseded(d("2026-09-01")));
    }

    @Test
    void aDecisionBeforeExpiryLeavesTheCertificateValidToItsExpiryAndNoLonger() {
        CertificateRecord decidedEarly = IN_GRACE.withGraceEndedOn(d("2026-07-10"));
        assertThat(on(decidedEarly, "2026-07-15")).isEqualTo(new CertificateStanding.Expiring(0));
        assertThat(on(decidedEarly, "2026-07-16")).isEqualTo(new CertificateStanding.Expired(d("2026-07-16")));
        CertificateRecord decidedTheDayAfter = IN_GRACE.withGraceEndedOn(d("2026-07-16"));
        assertThat(on(decidedTheDayAfter, "2026-07-16")).isEqualTo(new CertificateStanding.Expired(d("2026-07-16")));
        assertThat(CertificateRules.lastDayInForce(decidedTheDayAfter)).contains(EXPIRES);
    }

    @Test
    void aGraceIsNeverRecordedForAnExpiredCertificate() {
        assertThatThrownBy(() -> PLAIN.withGraceUntil(EXPIRES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after the expiry day");
        FilingCheck lateFiling = CertificateRules.checkReEvaluationFiling(vn.ocop.scoring.catalogue.Catalogue.standard()
                .ruleSet("QD-26-2026").orElseThrow(), EXPIRES, EXPIRES.plusDays(1));
        assertThat(lateFiling).isEqualTo(new FilingCheck.Accepted(FilingCheck.Timing.LATE, Optional.empty()));
        assertThat(on(PLAIN, "2026-08-01").inForce()).isFalse();
    }

    @Test
    void revocationEndsTheCertificateOnItsDay() {
        CertificateRecord revoked = PLAIN.withRevokedOn(d("2026-03-01"));
        assertThat(on(revoked, "2026-02-28")).isEqualTo(new CertificateStanding.Valid());
        assertThat(on(revoked, "2026-03-01")).isEqualTo(new CertificateStanding.Revoked(d("2026-03-01")));
        assertThat(on(revoked, "2030-01-01")).isEqualTo(new CertificateStanding.Revoked(d("2026-03-01")));
        assertThat(CertificateRules.lastDayInForce(revoked)).contains(d("2026-02-28"));

        CertificateRecord revokedInGrace = IN_GRACE.withRevokedOn(d("2026-10-01"));
        assertThat(on(revokedInGrace, "2026-09-30")).isEqualTo(new CertificateStanding.InGrace(GRACE_UNTIL));
        assertThat(on(revokedInGrace, "2026-10-01")).isEqualTo(new CertificateStanding.Revoked(d("2026-10-01")));
    }

    @Test
    void theEarlierOfRevocationAndSupersessionWinsAndRevocationOnATie() {
        assertThat(on(PLAIN.withRevokedOn(d("2025-01-01")).withSupersededOn(d("2025-06-01")), "2025-07-01"))
                .isEqualTo(new CertificateStanding.Revoked(d("2025-01-01")));
        assertThat(on(PLAIN.withRevokedOn(d("2025-06-01")).withSupersededOn(d("2025-01-01")), "2025-07-01"))
                .isEqualTo(new CertificateStanding.Superseded(d("2025-01-01")));
        assertThat(on(PLAIN.withRevokedOn(d("2025-01-01")).withSupersededOn(d("2025-01-01")), "2025-07-01"))
                .isEqualTo(new CertificateStanding.Revoked(d("2025-01-01")));
        assertThat(on(PLAIN.withSupersededOn(d("2025-01-01")), "2024-12-31")).isEqualTo(new CertificateStanding.Valid());
    }

    @Test
    void aCertificateEndedOnItsIssueDayIsNeverInForce() {
        assertThat(CertificateRules.lastDayInForce(PLAIN.withRevokedOn(ISSUED))).isEmpty();
        assertThat(on(PLAIN.withRevokedOn(ISSUED), "2023-07-15")).isEqualTo(new CertificateStanding.Revoked(ISSUED));
    }

    @Test
    void inForceIsExactlyFromTheIssueThroughTheLastDayInForce() {
        List<Optional<LocalDate>> revoked = dates(null, "2023-07-15", "2025-01-01", "2026-07-15", "2026-07-16", "2026-10-01");
        List<Optional<LocalDate>> superseded = dates(null, "2023-07-15", "2026-07-15", "2026-09-01");
        List<Optional<LocalDate>> grace = dates(null, "2026-07-16", "2027-01-11");
        List<Optional<LocalDate>> ended = dates(null, "2023-07-15", "2026-07-10", "2026-07-16", "2026-07-17", "2026-09-01",
                "2027-01-11", "2027-01-12", "2027-03-01");
        Set<Standing> seen = EnumSet.noneOf(Standing.class);
        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (Optional<LocalDate> r : revoked) {
            for (Optional<LocalDate> s : superseded) {
                for (Optional<LocalDate> g : grace) {
                    for (Optional<LocalDate> e : ended) {
                        CertificateRecord record = new CertificateRecord(ISSUED, EXPIRES, r, s, g, e);
                        Optional<LocalDate> last = CertificateRules.lastDayInForce(record);
                        for (LocalDate day = ISSUED.minusDays(3); !day.isAfter(d("2027-03-31")); day = day.plusDays(1)) {
                            CertificateStanding standing = CertificateRules.standingOn(record, day, 30);
                            LocalDate today = day;
                            boolean expected = !day.isBefore(ISSUED) && last.map(l -> !today.isAfter(l)).orElse(false);
                            boolean sinceWrong = standing instanceof CertificateStanding.Expired
                                    && !((CertificateStanding.Expired) standing).since().equals(last.orElseThrow().plusDays(1));
                            if ((standing.inForce() != expected || sinceWrong) && mismatches.size() < 10) {
                                mismatches.add(record + " on " + day + ": " + standing + ", last day in force " + last);
                            }
                            seen.add(standing.kind());
                            checks++;
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(seen).containsExactlyInAnyOrder(Standing.values());
        assertThat(checks).isGreaterThan(500_000);
    }

    @Test
    void impossibleRecordsAreRefused() {
        assertThatThrownBy(() -> CertificateRecord.of(ISSUED, ISSUED.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PLAIN.withRevokedOn(ISSUED.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revokedOn 2023-07-14 is before the issue date");
        assertThatThrownBy(() -> new CertificateRecord(ISSUED, EXPIRES, null, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateRules.standingOn(PLAIN, EXPIRES, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Optional<LocalDate>> dates(String... days) {
        List<Optional<LocalDate>> out = new ArrayList<>();
        for (String day : days) {
            out.add(day == null ? Optional.empty() : Optional.of(LocalDate.parse(day)));
        }
        return out;
    }
}
