package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** Domain README, rule-set table: a dossier may finish under the rules it was filed under until they end. */
class DossierRuleSetTest {

    private final Catalogue catalogue = Catalogue.standard();

    @ParameterizedTest(name = "filed {0}, decided {1} → {2}")
    @CsvSource({
        "2026-05-10, 2026-06-15, QD-148-1489-2025",
        "2026-05-21, 2026-07-20, QD-148-1489-2025",
        "2026-05-21, 2026-07-21, QD-26-2026",
        "2026-05-10, 2026-09-01, QD-26-2026",
        "2026-05-22, 2026-06-15, QD-26-2026",
        "2026-07-21, 2026-08-01, QD-26-2026",
        "2025-06-01, 2025-07-05, QD-148-2023",
        "2025-06-01, 2025-07-06, QD-148-1489-2025",
        "2023-01-10, 2023-03-01, QD-148-2023",
        "2024-05-01, 2024-05-01, QD-148-2023",
    })
    void theRuleSetOfTheFilingDateHoldsWhileInForceThenTheOneOfTheDecisionDate(LocalDate filedOn, LocalDate decidedOn, String expected) {
        assertThat(catalogue.ruleSetForDossier(filedOn, decidedOn).id()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} filed {2} under {1}, on {3} → {4}")
    @CsvSource({
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-05-21, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-05-22, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-06-09, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-06-20, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-06-21, QD-26-2026",
        "RE_EVALUATION, QD-148-1489-2025, 2026-05-10, 2026-07-03, QD-26-2026",
        "NEW,           QD-148-1489-2025, 2026-05-21, 2026-07-20, QD-148-1489-2025",
        "NEW,           QD-148-1489-2025, 2026-05-21, 2026-07-21, QD-26-2026",
        "UPGRADE,       QD-148-1489-2025, 2026-05-21, 2026-07-20, QD-148-1489-2025",
        "UPGRADE,       QD-148-1489-2025, 2026-05-21, 2026-07-21, QD-26-2026",
        "UPGRADE,       QD-148-1489-2025, 2026-05-21, 2026-06-21, QD-148-1489-2025",
        "NEW,           QD-148-1489-2025, 2026-06-01, 2026-07-20, QD-148-1489-2025",
        "NEW,           QD-148-1489-2025, 2026-06-01, 2026-07-21, QD-26-2026",
        "RE_EVALUATION, QD-148-2023,      2025-06-01, 2025-07-05, QD-148-2023",
        "RE_EVALUATION, QD-148-2023,      2025-06-01, 2025-07-06, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-2023,      2025-06-01, 2026-06-20, QD-148-1489-2025",
        "RE_EVALUATION, QD-148-2023,      2025-06-01, 2026-06-21, QD-26-2026",
        "NEW,           QD-148-2023,      2025-06-01, 2026-07-21, QD-26-2026",
        "RE_EVALUATION, QD-26-2026,       2026-05-22, 2030-01-01, QD-26-2026",
    })
    void aDossierFinishesUnderItsRulesThroughTheLastDayForItsTypeThenUnderTheNext(EvaluationType type, String filedUnder,
                                                                                 LocalDate filedOn, LocalDate on, String expected) {
        assertThat(catalogue.ruleSetForDossier(filedUnder, type, filedOn, on).id()).isEqualTo(expected);
    }

    @Test
    void theLastDayUnderARuleSetIsItsEndOrTheTransitionsEndForTheType() {
        RuleSet r1489 = catalogue.ruleSet("QD-148-1489-2025").orElseThrow();
        assertThat(catalogue.lastDayUnder(r1489, EvaluationType.NEW)).contains(LocalDate.of(2026, 7, 20));
        assertThat(catalogue.lastDayUnder(r1489, EvaluationType.UPGRADE)).contains(LocalDate.of(2026, 7, 20));
        assertThat(catalogue.lastDayUnder(r1489, EvaluationType.RE_EVALUATION)).contains(LocalDate.of(2026, 6, 20));
        assertThat(catalogue.lastDayUnder(catalogue.ruleSet("QD-148-2023").orElseThrow(), EvaluationType.RE_EVALUATION))
                .contains(LocalDate.of(2025, 7, 5));
        assertThat(catalogue.lastDayUnder(catalogue.ruleSet("QD-26-2026").orElseThrow(), EvaluationType.RE_EVALUATION)).isEmpty();
    }

    @Test
    void anUnknownRuleSetOrADayBeforeTheFilingIsRefused() {
        assertThatThrownBy(() -> catalogue.ruleSetForDossier("QD-9", EvaluationType.NEW, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rule set 'QD-9'");
        assertThatThrownBy(() -> catalogue.ruleSetForDossier("QD-26-2026", EvaluationType.NEW, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be decided");
    }

    @Test
    void theOldRulesEndWhereTheCatalogueSaysTheyEnd() {
        LocalDate end = catalogue.ruleSet("QD-148-1489-2025").orElseThrow().effectiveTo();
        assertThat(catalogue.ruleSetForDossier(LocalDate.of(2026, 5, 1), end).id()).isEqualTo("QD-148-1489-2025");
        assertThat(catalogue.ruleSetForDossier(LocalDate.of(2026, 5, 1), end.plusDays(1)).id()).isEqualTo("QD-26-2026");
    }

    @Test
    void aDecisionBeforeTheFilingOrBeforeAnyRuleSetIsRefused() {
        assertThatThrownBy(() -> catalogue.ruleSetForDossier(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be decided");
        assertThatThrownBy(() -> catalogue.ruleSetForDossier(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no OCOP rule set");
    }
}
