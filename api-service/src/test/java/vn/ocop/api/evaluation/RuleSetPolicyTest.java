package vn.ocop.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/** The rule-set transition, from the catalogue's dates. */
class RuleSetPolicyTest {

    private final RuleSetPolicy policy = new RuleSetPolicy(Catalogue.standard());

    @Test
    void filingDateChoosesTheNewestRuleSetInForce() {
        assertThat(policy.forFiling(LocalDate.of(2024, 9, 10), null).ruleSet().id()).isEqualTo("QD-148-2023");
        assertThat(policy.forFiling(LocalDate.of(2025, 8, 5), null).ruleSet().id()).isEqualTo("QD-148-1489-2025");
        assertThat(policy.forFiling(LocalDate.of(2026, 5, 21), null).ruleSet().id()).isEqualTo("QD-148-1489-2025");
        assertThat(policy.forFiling(LocalDate.of(2026, 5, 22), null).ruleSet().id()).isEqualTo("QD-26-2026");
    }

    @Test
    void aNamedRuleSetMustBeInForceOnTheFilingDate() {
        assertThat(policy.forFiling(LocalDate.of(2026, 6, 1), "QD-148-1489-2025").ok()).isTrue();
        assertThat(policy.forFiling(LocalDate.of(2026, 7, 21), "QD-148-1489-2025").refusal())
                .isEqualTo(RuleSetPolicy.Refusal.NOT_IN_FORCE);
        assertThat(policy.forFiling(LocalDate.of(2026, 6, 1), "QD-9-9999").refusal()).isEqualTo(RuleSetPolicy.Refusal.UNKNOWN);
        assertThat(policy.forFiling(LocalDate.of(2021, 6, 1), null).refusal()).isEqualTo(RuleSetPolicy.Refusal.NO_SHEETS);
    }

    @Test
    void aDossierFiledBefore22May2026FinishesUnder1489Until20JulyThen26() {
        LocalDate may10 = LocalDate.of(2026, 5, 10);
        assertThat(policy.evaluatedUnder("QD-148-1489-2025", false, may10, LocalDate.of(2026, 7, 20)).id())
                .isEqualTo("QD-148-1489-2025");
        assertThat(policy.evaluatedUnder("QD-148-1489-2025", false, may10, LocalDate.of(2026, 7, 21)).id())
                .isEqualTo("QD-26-2026");
        assertThat(policy.evaluatedUnder("QD-148-2023", false, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)).id())
                .isEqualTo("QD-148-1489-2025");
        assertThat(policy.evaluatedUnder("QD-26-2026", false, LocalDate.of(2026, 6, 1), LocalDate.of(2030, 1, 1)).id())
                .isEqualTo("QD-26-2026");
        // Named in the overlap: the older rules while they last, then the rules in force.
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        assertThat(policy.evaluatedUnder("QD-148-1489-2025", true, june1, LocalDate.of(2026, 7, 1)).id())
                .isEqualTo("QD-148-1489-2025");
        assertThat(policy.evaluatedUnder("QD-148-1489-2025", true, june1, LocalDate.of(2026, 8, 1)).id())
                .isEqualTo("QD-26-2026");
    }

    @Test
    void levelsComeFromTheEnginesProcess() {
        RuleSet r148 = Catalogue.standard().ruleSet("QD-148-2023").orElseThrow();
        RuleSet r1489 = Catalogue.standard().ruleSet("QD-148-1489-2025").orElseThrow();
        assertThat(RuleSetPolicy.scoresAt(r148, Level.DISTRICT)).isTrue();
        assertThat(RuleSetPolicy.scoresAt(r1489, Level.DISTRICT)).isFalse();
        assertThat(RuleSetPolicy.scoresAt(r1489, Level.COMMUNE)).isFalse();
        assertThat(RuleSetPolicy.communeAssesses(r1489)).isTrue();
        assertThat(RuleSetPolicy.communeAssesses(r148)).isFalse();
        assertThat(RuleSetPolicy.queueAfterSubmission(r148)).isEqualTo(Level.DISTRICT);
        assertThat(RuleSetPolicy.queueAfterSubmission(r1489)).isEqualTo(Level.COMMUNE);
        assertThat(RuleSetPolicy.queueAfterCommune(r1489)).isEqualTo(Level.PROVINCE);
    }
}
