package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.scoring.process.Action;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;
import vn.ocop.scoring.rating.Average;

/** The process, certificate and calendar rules are data: a changed file changes behaviour; bad data is refused by name. */
class ProcessDataTest {

    private static final Average SEVENTY_TWO = new Average(7200, 1);

    @Test
    void aChangedThresholdInTheRuleSetFileChangesTheNextStepWithoutCodeChanges() {
        Catalogue changed = CatalogueLoader.fromClasspath("rule-sets-district-75.json");

        NextStep standard = Catalogue.standard().ruleSet("QD-148-2023").orElseThrow().process().nextStep(Level.DISTRICT, SEVENTY_TWO, 4);
        NextStep moved = changed.ruleSet("QD-148-2023").orElseThrow().process().nextStep(Level.DISTRICT, SEVENTY_TWO, 4);

        assertThat(standard.action()).isEqualTo(Action.SEND_UP);
        assertThat(moved.action()).isEqualTo(Action.RECOGNISE);
        assertThat(moved.recognisingLevel()).isEqualTo(Level.DISTRICT);
        assertThat(moved.stars()).isEqualTo(3);
        assertThat(changed.ruleSet("QD-148-2023").orElseThrow().process().nextStep(Level.DISTRICT, new Average(7500, 1), 4).action())
                .isEqualTo(Action.SEND_UP);
        assertThat(changed.ruleSet("QD-148-2023").orElseThrow().process().rule(Level.DISTRICT).orElseThrow().sendUpAtLeast())
                .isEqualByComparingTo("75");
    }

    @Test
    void theStandardFileLoadsThroughTheSamePath() {
        JsonNode root = CatalogueLoader.read("rule-sets.json");
        Catalogue again = CatalogueLoader.fromRuleSets(root);
        assertThat(again.ruleSets()).extracting(RuleSet::id).containsExactlyElementsOf(
                Catalogue.standard().ruleSets().stream().map(RuleSet::id).toList());
        assertThat(again.ruleSet("QD-26-2026").orElseThrow().process())
                .isEqualTo(Catalogue.standard().ruleSet("QD-26-2026").orElseThrow().process());
    }

    static Stream<Arguments> badData() {
        return Stream.of(
            bad("an unknown level name", r -> level(r, "COMMUNE_PROVINCE_CENTRE", 1).put("level", "WARD"),
                "process COMMUNE_PROVINCE_CENTRE level #2: unknown level 'WARD'"),
            bad("an unknown send-up target", r -> ((ObjectNode) level(r, "DISTRICT_PROVINCE_CENTRE_148", 0).get("sendUp")).put("to", "REGION"),
                "process DISTRICT_PROVINCE_CENTRE_148 level DISTRICT sendUp: unknown level 'REGION'"),
            bad("a level listed twice", r -> level(r, "DISTRICT_PROVINCE_CENTRE_148", 1).put("level", "DISTRICT"),
                "process DISTRICT_PROVINCE_CENTRE_148: level DISTRICT appears twice"),
            bad("a send-up to an earlier level", r -> ((ObjectNode) level(r, "DISTRICT_PROVINCE_CENTRE_148", 1).get("sendUp")).put("to", "DISTRICT"),
                "level PROVINCE sends the dossier to DISTRICT, which is not a later level"),
            bad("a tier shadowed by the send-up rule", r -> ((ArrayNode) level(r, "COMMUNE_PROVINCE_CENTRE", 1).get("recognises")).add(5),
                "overlapping rules at level PROVINCE: it recognises 5★, but every 5★ average (>= 90) is sent up to the CENTRE"),
            bad("a tier listed twice", r -> ((ArrayNode) level(r, "COMMUNE_PROVINCE_CENTRE", 1).get("recognises")).add(4),
                "process COMMUNE_PROVINCE_CENTRE level PROVINCE: overlapping rules: recognised tiers [3, 4, 4]"),
            bad("a tier no level recognises", r -> ((ArrayNode) level(r, "COMMUNE_PROVINCE_CENTRE", 1).get("recognises")).remove(1),
                "rule set QD-148-1489-2025 (process COMMUNE_PROVINCE_CENTRE): no level recognises 4★"),
            bad("an uncertifiable tier", r -> ((ArrayNode) level(r, "COMMUNE_PROVINCE_CENTRE", 1).get("recognises")).insert(0, 2),
                "level PROVINCE recognises 2★, which is not a certifiable tier"),
            bad("a misspelt field", r -> level(r, "COMMUNE_PROVINCE_CENTRE", 2).set("recognise", level(r, "COMMUNE_PROVINCE_CENTRE", 2).get("recognises")),
                "process COMMUNE_PROVINCE_CENTRE level #3: unknown field 'recognise'"),
            bad("a forwarding level that recognises", r -> ((ObjectNode) level(r, "COMMUNE_PROVINCE_CENTRE", 0)).putArray("recognises").add(3),
                "level COMMUNE: forwards without scoring"),
            bad("a return to a later level", r -> level(r, "COMMUNE_PROVINCE_CENTRE", 1).put("returnTo", "CENTRE"),
                "level PROVINCE returns to CENTRE; only a return to the PROVINCE is known"),
            bad("an unknown role", r -> level(r, "COMMUNE_PROVINCE_CENTRE", 0).put("role", "ADVISES"),
                "process COMMUNE_PROVINCE_CENTRE level COMMUNE: unknown role 'ADVISES'"),
            bad("an unknown process", r -> ((ObjectNode) r.get("ruleSets").get(3)).put("process", "TWO_TIER"),
                "rule set QD-26-2026: unknown process 'TWO_TIER'"),
            bad("an unknown certificate policy", r -> ((ObjectNode) r.get("ruleSets").get(0)).put("certificatePolicy", "QD-1048"),
                "rule set QD-1048-2019: unknown certificate policy 'QD-1048'"),
            bad("a re-evaluation window that closes before it opens",
                r -> ((ObjectNode) r.get("certificatePolicies").get("QD-26-2026").get("reEvaluationWindow")).put("toDaysBefore", 200),
                "certificate policy QD-26-2026: re-evaluation window must open"),
            bad("an unknown way of counting validity", r -> ((ObjectNode) r.get("certificatePolicies").get("QD-148")).put("lastValidDay", "EOM"),
                "certificate policy QD-148: unknown lastValidDay 'EOM'"),
            bad("overlapping rounds", r -> ((ObjectNode) r.get("calendars").get("QD-26-2026").get("rounds").get(1)).put("proposeBefore", "--06-01"),
                "calendar QD-26-2026: rounds of the PROVINCE decided before --06-30 and --12-30 overlap"),
            bad("a round of a level outside the process", r -> ((ObjectNode) r.get("calendars").get("QD-26-2026").get("rounds").get(0)).put("decidingLevel", "DISTRICT"),
                "rule set QD-26-2026 (calendar QD-26-2026, process COMMUNE_PROVINCE_CENTRE): rounds of the DISTRICT"),
            bad("a round date that is no date", r -> ((ObjectNode) r.get("calendars").get("QD-26-2026").get("rounds").get(0)).put("decideBefore", "30 June"),
                "calendar QD-26-2026 round #1: 'decideBefore' 30 June is not a month-day"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badData")
    void badProcessCertificateOrCalendarDataIsRefusedWithANamedProblem(String what, Consumer<ObjectNode> change, String message) {
        ObjectNode root = CatalogueLoader.read("rule-sets.json").deepCopy();
        change.accept(root);

        assertThatThrownBy(() -> CatalogueLoader.fromRuleSets(root))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(message);
    }

    private static Arguments bad(String what, Consumer<ObjectNode> change, String message) {
        return Arguments.of(what, change, message);
    }

    private static ObjectNode level(ObjectNode root, String process, int index) {
        return (ObjectNode) root.get("processes").get(process).get("levels").get(index);
    }
}
