package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
