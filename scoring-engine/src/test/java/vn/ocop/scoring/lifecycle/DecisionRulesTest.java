package vn.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.DecisionCheck.Code;
import vn.ocop.scoring.process.Action;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;
import vn.ocop.scoring.rating.Average;

/** Which decision a closed result allows, from the engine's next step and the rule set's process; decision dates. */
class DecisionRulesTest {

    private static final RuleSet R26 = Catalogue.standard().ruleSet("QD-26-2026").orElseThrow();
    private static final RuleSet R148 = Catalogue.standard().ruleSet("QD-148-2023").orElseThrow();

    private static NextStep next(RuleSet ruleSet, Level level, String average, int stars) {
        long hundredths = new BigDecimal(average).movePointRight(2).longValueExact();
        return ruleSet.process().nextStep(level, new Average(hundredths, 1), stars);
    }

    private static DecisionCheck check(RuleSet ruleSet, Level level, String average, int stars, ProposedDecision proposed) {
        return DecisionRules.check(ruleSet, level, next(ruleSet, level, average, stars), proposed);
    }

    private static final ProposedDecision RECOGNISE = ProposedDecision.of(DecisionKind.RECOGNISE);
    private static final ProposedDecision SEND_UP = ProposedDecision.of(DecisionKind.SEND_UP);
    private static final ProposedDecision NOT_RECOGNISE = ProposedDecision.of(DecisionKind.NOT_RECOGNISE);

    @Test
    void aRecognisableResultIsRecognisedWithItsStarsByTheRecognisingLevel() {
        DecisionCheck.Allowed four = new DecisionCheck.Allowed(DecisionKind.RECOGNISE, Optional.of(4), Level.PROVINCE, Optional.empty());
        assertThat(check(R26, Level.PROVINCE, "72", 4, RECOGNISE)).isEqualTo(four);
        assertThat(check(R26, Level.PROVINCE, "72", 4, ProposedDecision.recognise(4))).isEqualTo(four);
        assertThat(check(R26, Level.CENTRE, "93", 5, RECOGNISE))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.RECOGNISE, Optional.of(5), Level.CENTRE, Optional.empty()));
        assertThat(check(R148, Level.DISTRICT, "65", 3, RECOGNISE))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.RECOGNISE, Optional.of(3), Level.DISTRICT, Optional.empty()));
    }

    @Test
    void otherStarsThanTheResultsAreRefused() {
        DecisionCheck check = check(R26, Level.PROVINCE, "72", 4, ProposedDecision.recognise(3));
        assertThat(check).isInstanceOfSatisfying(DecisionCheck.Refused.class, r -> {
            assertThat(r.code()).isEqualTo(Code.STARS_NOT_ALLOWED);
            assertThat(r.allowedKinds()).containsExactly(DecisionKind.RECOGNISE, DecisionKind.NOT_RECOGNISE);
            assertThat(r.allowedStars()).containsExactly(4);
            assertThat(r.reason()).startsWith("3★ may not be recognised at the PROVINCE on this result; allowed: 4★ (");
        });
        assertThat(check(R26, Level.PROVINCE, "72", 4, ProposedDecision.recognise(5))).extracting(c -> ((DecisionCheck.Refused) c).code())
                .isEqualTo(Code.STARS_NOT_ALLOWED);
    }

    @Test
    void aResultToSendUpIsSentUpByTheRoundsLevelToTheTarget() {
        assertThat(check(R26, Level.PROVINCE, "92", 5, SEND_UP))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.SEND_UP, Optional.empty(), Level.PROVINCE, Optional.of(Level.CENTRE)));
        assertThat(check(R148, Level.DISTRICT, "72", 4, SEND_UP))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.SEND_UP, Optional.empty(), Level.DISTRICT, Optional.of(Level.PROVINCE)));
        DecisionCheck recognise = check(R26, Level.PROVINCE, "92", 5, ProposedDecision.recognise(5));
        assertThat(recognise).isEqualTo(new DecisionCheck.Refused(Code.NOT_THE_NEXT_STEP,
                List.of(DecisionKind.SEND_UP, DecisionKind.NOT_RECOGNISE), List.of(),
                "RECOGNISE is not allowed at the PROVINCE: the result's next step is SEND_UP ("
                        + next(R26, Level.PROVINCE, "92", 5).reason() + ")"));
    }

    @Test
    void aResultToRecogniseCannotBeSentUp() {
        DecisionCheck check = check(R26, Level.PROVINCE, "72", 4, SEND_UP);
        assertThat(check).isInstanceOfSatisfying(DecisionCheck.Refused.class, r -> {
            assertThat(r.code()).isEqualTo(Code.NOT_THE_NEXT_STEP);
            assertThat(r.allowedKinds()).containsExactly(DecisionKind.RECOGNISE, DecisionKind.NOT_RECOGNISE);
            assertThat(r.allowedStars()).containsExactly(4);
        });
    }

    @Test
    void afterTheCentreReturnsTheDossierTheProvinceRecognisesOnItsResult() {
        NextStep returned = next(R26, Level.CENTRE, "91", 4);
        assertThat(returned.action()).isEqualTo(Action.RETURN_TO_PROVINCE);
        assertThat(DecisionRules.check(R26, Level.CENTRE, returned, RECOGNISE))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.RECOGNISE, Optional.of(4), Level.PROVINCE, Optional.empty()));
        assertThat(DecisionRules.check(R26, Level.CENTRE, returned, SEND_UP)).extracting(c -> ((DecisionCheck.Refused) c).code())
                .isEqualTo(Code.NOT_THE_NEXT_STEP);
    }

    @ParameterizedTest(name = "{0} at {1}, average {2} {3}★: NOT_RECOGNISE is allowed")
    @CsvSource({"QD-26-2026, PROVINCE, 72, 4", "QD-26-2026, PROVINCE, 92, 5", "QD-26-2026, PROVINCE, 40, 2", "QD-148-2023, DISTRICT, 65, 3"})
    void notRecognisingIsAlwaysAllowedAtTheRoundsLevel(String ruleSetId, Level level, String average, int stars) {
        RuleSet ruleSet = Catalogue.standard().ruleSet(ruleSetId).orElseThrow();
        assertThat(check(ruleSet, level, average, stars, NOT_RECOGNISE))
                .isEqualTo(new DecisionCheck.Allowed(DecisionKind.NOT_RECOGNISE, Optional.empty(), level, Optional.empty()));
    }

    @Test
    void aResultBelowThreeStarsAllowsOnlyNotRecognising() {
        for (ProposedDecision proposed : List.of(RECOGNISE, SEND_UP, ProposedDecision.recognise(3))) {
            assertThat(check(R26, Level.PROVINCE, "40", 2, proposed)).isInstanceOfSatisfying(DecisionCheck.Refused.class, r -> {
                assertThat(r.code()).isEqualTo(Code.NOT_THE_NEXT_STEP);
                assertThat(r.allowedKinds()).containsExactly(DecisionKind.NOT_RECOGNISE);
                assertThat(r.allowedStars()).isEmpty();
            });
        }
    }

    @Test
    void theRuleSetsProcessDecidesWhoMayRecognise() {
        NextStep districtRecognises = next(R148, Level.DISTRICT, "65", 3);
        assertThat(DecisionRules.check(R148, Level.DISTRICT, districtRecognises, RECOGNISE).allowed()).isTrue();
        assertThat(DecisionRules.check(R26, Level.DISTRICT, districtRecognises, RECOGNISE))
                .extracting(c -> ((DecisionCheck.Refused) c).code()).isEqualTo(Code.NOT_THE_NEXT_STEP);
        NextStep twoStars = new NextStep(Action.RECOGNISE, Level.PROVINCE, null, 2, "made up");
        assertThat(DecisionRules.check(R26, Level.PROVINCE, twoStars, RECOGNISE).allowed()).isFalse();
    }

    @ParameterizedTest(name = "decided {0}, round opened {1}, today {2} → {3} {4}")
    @CsvSource(nullValues = "-", value = {
        "2026-12-10, 2026-11-01, 2026-12-02, IN_FUTURE,    2026-12-02",
        "2026-12-03, 2026-11-01, 2026-12-02, IN_FUTURE,    2026-12-02",
        "2026-12-02, 2026-11-01, 2026-12-02, -,            -",
        "2026-11-01, 2026-11-01, 2026-12-02, -,            -",
        "2026-10-31, 2026-11-01, 2026-12-02, BEFORE_ROUND, 2026-11-01",
        "2026-12-05, 2026-12-06, 2026-12-04, IN_FUTURE,    2026-12-04",
    })
    void aDecisionIsDatedNeitherAfterTodayNorBeforeItsRound(LocalDate decided, LocalDate opened, LocalDate today,
                                                            DecisionDateCheck.Code code, LocalDate limit) {
        DecisionDateCheck check = DecisionRules.checkDecisionDate(decided, opened, today);
        assertThat(check).isEqualTo(code == null ? new DecisionDateCheck.Accepted() : new DecisionDateCheck.Refused(code, limit));
        assertThat(check.accepted()).isEqualTo(code == null);
    }
}
