package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** 26/2026 Điều 12 and the 2025 reform as data: the numbers load from rule-sets.json, bad data is refused by name. */
class TransitionDataTest {

    private final Catalogue catalogue = Catalogue.standard();

    @Test
    void the26Of2026RuleSetBringsTheTransitionalDaysOfArticle12() {
        Transition t = catalogue.ruleSet("QD-26-2026").orElseThrow().transition().orElseThrow();
        assertThat(t.startsOn()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(t.oldRulesFinishWithinDays(EvaluationType.NEW)).isEqualTo(60);
        assertThat(t.oldRulesFinishWithinDays(EvaluationType.UPGRADE)).isEqualTo(60);
        assertThat(t.oldRulesFinishWithinDays(EvaluationType.RE_EVALUATION)).isEqualTo(30);
        assertThat(t.graceWhenWindowMissedDays()).isEqualTo(180);
        assertThat(t.lastDayUnderOldRules(EvaluationType.NEW)).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(t.lastDayUnderOldRules(EvaluationType.RE_EVALUATION)).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(t.graceUntil(LocalDate.of(2026, 7, 15))).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void theNewAndUpgradeDaysEndWithTheOldRulesThemselves() {
        LocalDate end = catalogue.ruleSet("QD-148-1489-2025").orElseThrow().effectiveTo();
        Transition t = catalogue.ruleSet("QD-26-2026").orElseThrow().transition().orElseThrow();
        assertThat(t.lastDayUnderOldRules(EvaluationType.NEW)).isEqualTo(end);
        assertThat(t.lastDayUnderOldRules(EvaluationType.UPGRADE)).isEqualTo(end);
    }

    @Test
    void onlyThe26Of2026RuleSetHasATransition() {
        assertThat(catalogue.ruleSets()).filteredOn(r -> r.transition().isPresent()).extracting(RuleSet::id)
                .containsExactly("QD-26-2026");
    }

    @Test
    void districtsWereAbolishedOnTheFirstOfJuly2025AndNoLaterRuleSetHasThem() {
        assertThat(catalogue.districtsAbolishedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(catalogue.ruleSets()).filteredOn(RuleSet::hasDistrictLevel).extracting(RuleSet::id)
                .containsExactly("QD-1048-2019", "QD-148-2023");
        assertThat(catalogue.ruleSets()).filteredOn(RuleSet::hasDistrictLevel)
                .allSatisfy(r -> assertThat(r.effectiveFrom()).isBefore(catalogue.districtsAbolishedOn()));
    }

    @Test
    void aChangedNumberOfDaysInTheFileChangesWhichRulesFinishADossier() {
        ObjectNode root = CatalogueLoader.read("rule-sets.json").deepCopy();
        transition(root).with("oldRulesFinishWithinDays").put("RE_EVALUATION", 20);
        Catalogue changed = CatalogueLoader.fromRuleSets(root);
        LocalDate filed = LocalDate.of(2026, 5, 10);
        LocalDate june15 = LocalDate.of(2026, 6, 15);

        assertThat(catalogue.ruleSetForDossier("QD-148-1489-2025", EvaluationType.RE_EVALUATION, filed, june15).id())
                .isEqualTo("QD-148-1489-2025");
        assertThat(changed.ruleSetForDossier("QD-148-1489-2025", EvaluationType.RE_EVALUATION, filed, june15).id())
                .isEqualTo("QD-26-2026");
    }

    static Stream<Arguments> badData() {
        return Stream.of(
            bad("an unknown field in the transition", r -> transition(r).put("graceDays", 180),
                "rule set QD-26-2026 transition: unknown field 'graceDays'"),
            bad("an unknown evaluation type", r -> transition(r).with("oldRulesFinishWithinDays").put("FIRST", 60),
                "rule set QD-26-2026 transition oldRulesFinishWithinDays: unknown field 'FIRST'"),
            bad("a missing evaluation type", r -> transition(r).with("oldRulesFinishWithinDays").remove("RE_EVALUATION"),
                "rule set QD-26-2026 transition oldRulesFinishWithinDays: 'RE_EVALUATION' must be a whole number"),
            bad("days that are not a whole number", r -> transition(r).with("oldRulesFinishWithinDays").put("NEW", "60"),
                "oldRulesFinishWithinDays: 'NEW' must be a whole number"),
            bad("zero days", r -> transition(r).with("oldRulesFinishWithinDays").put("UPGRADE", 0),
                "oldRulesFinishWithinDays.UPGRADE must be a whole number of days >= 1"),
            bad("a negative grace", r -> transition(r).put("graceWhenWindowMissedDays", -1),
                "graceWhenWindowMissedDays must be >= 0"),
            bad("old rules used after they end", r -> transition(r).with("oldRulesFinishWithinDays").put("NEW", 61),
                "rule set QD-26-2026 transition: NEW dossiers would finish under QD-148-1489-2025 until 2026-07-21, after it ends on 2026-07-20"),
            bad("a transition with no earlier rules", r -> ruleSet(r, 0).set("transition", transition(r).deepCopy()),
                "rule set QD-1048-2019 transition: no rule set is in force on 2019-08-20"),
            bad("a grace without a re-evaluation window",
                r -> ((ObjectNode) r.get("certificatePolicies").get("QD-26-2026")).putNull("reEvaluationWindow"),
                "rule set QD-26-2026 transition: a grace when the re-evaluation window is missed needs a window, but certificate policy QD-26-2026 has none"),
            bad("old rules that already ended", r -> ruleSet(r, 2).set("transition", transition(r).deepCopy()),
                "rule set QD-148-1489-2025 transition: NEW dossiers would finish under QD-148-2023 until 2025-09-03, after it ends on 2025-07-05"),
            bad("an unknown field in the administrative reform", r -> ((ObjectNode) r.get("administrativeReform")).put("wardsMergedOn", "2025-07-01"),
                "rule-sets.json administrativeReform: unknown field 'wardsMergedOn'"),
            bad("no administrative reform", r -> r.remove("administrativeReform"),
                "rule-sets.json administrativeReform: missing"),
            bad("an abolition day that is no date", r -> ((ObjectNode) r.get("administrativeReform")).put("districtsAbolishedOn", "2025-13-01"),
                "rule-sets.json administrativeReform: 'districtsAbolishedOn' 2025-13-01 is not a date"),
            bad("a district level after districts were abolished", r -> ((ObjectNode) r.get("administrativeReform")).put("districtsAbolishedOn", "2023-01-01"),
                "rule set QD-148-2023 (from 2023-02-24): its process has a DISTRICT level, but districts were abolished on 2023-01-01"),
            bad("an unknown top-level section", r -> r.put("transitions", "none"),
                "rule-sets.json: unknown field 'transitions'"),
            bad("a misspelt rule-set field", r -> ruleSet(r, 3).put("efectiveTo", "2030-01-01"),
                "rule set QD-26-2026: unknown field 'efectiveTo'"),
            bad("a first day that is no date", r -> ruleSet(r, 3).put("effectiveFrom", "22/05/2026"),
                "rule set QD-26-2026: 'effectiveFrom' 22/05/2026 is not a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badData")
    void badTransitionOrReformDataIsRefusedWithANamedProblem(String what, Consumer<ObjectNode> change, String message) {
        ObjectNode root = CatalogueLoader.read("rule-sets.json").deepCopy();
        change.accept(root);

        assertThatThrownBy(() -> CatalogueLoader.fromRuleSets(root))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(message);
    }

    private static Arguments bad(String what, Consumer<ObjectNode> change, String message) {
        return Arguments.of(what, change, message);
    }

    private static ObjectNode ruleSet(ObjectNode root, int index) {
        return (ObjectNode) root.get("ruleSets").get(index);
    }

    private static ObjectNode transition(ObjectNode root) {
        return (ObjectNode) ruleSet(root, 3).get("transition");
    }
}
