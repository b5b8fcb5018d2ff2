package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.standard();

    @Test
    void holdsTheFourRuleSetsOldestFirst() {
        assertThat(catalogue.ruleSets()).extracting(RuleSet::id)
                .containsExactly("QD-1048-2019", "QD-148-2023", "QD-148-1489-2025", "QD-26-2026");
        assertThat(catalogue.ruleSet("QD-1048-2019").orElseThrow().hasSheets()).isFalse();
        assertThat(catalogue.ruleSet("QD-1048-2019").orElseThrow().productSets()).isEmpty();
        assertThat(catalogue.ruleSet("nope")).isEmpty();
        assertThat(catalogue.ruleSet(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2019-08-21, QD-1048-2019", "2023-02-23, QD-1048-2019", "2023-02-24, QD-148-2023", "2025-07-05, QD-148-2023",
        "2025-07-06, QD-148-1489-2025", "2026-05-21, QD-148-1489-2025", "2026-05-22, QD-26-2026", "2026-07-20, QD-26-2026",
        "2030-01-01, QD-26-2026"})
    void choosesTheNewestRuleSetInForceOnADate(LocalDate date, String expected) {
        assertThat(catalogue.ruleSetOn(date).id()).isEqualTo(expected);
    }

    @Test
    void bothOldAndNewRulesAreInForceDuringTheTransition() {
        LocalDate transition = LocalDate.of(2026, 6, 1);
        assertThat(catalogue.ruleSet("QD-148-1489-2025").orElseThrow().inForceOn(transition)).isTrue();
        assertThat(catalogue.ruleSet("QD-26-2026").orElseThrow().inForceOn(transition)).isTrue();
        assertThat(catalogue.ruleSet("QD-148-1489-2025").orElseThrow().inForceOn(LocalDate.of(2026, 7, 21))).isFalse();
    }

    @Test
    void noRuleSetBeforeTheFirstDecision() {
        assertThatThrownBy(() -> catalogue.ruleSetOn(LocalDate.of(2019, 8, 20))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleSetWithSheetsHasTheSame26ProductSetsInOrder() {
        for (RuleSet r : catalogue.ruleSets()) {
            if (r.hasSheets()) {
                assertThat(r.productSets()).hasSize(26);
                assertThat(r.productSets()).extracting(ProductSet::no).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
                assertThat(r.productSets()).allSatisfy(p -> {
                    assertThat(p.nameVi()).isNotBlank();
                    assertThat(p.nameEn()).isNotBlank();
                    assertThat(p.parts()).extracting(Part::nameEn).doesNotContainNull();
                    assertThat(p.groups()).allSatisfy(g -> assertThat(g.nameEn()).isNotBlank());
                });
            }
        }
    }

    @Test
    void the1489RuleSetSharesThe148SheetsRatherThanACopy() {
        List<ProductSet> amended = catalogue.ruleSet("QD-148-1489-2025").orElseThrow().productSets();
        List<ProductSet> original = catalogue.ruleSet("QD-148-2023").orElseThrow().productSets();
        assertThat(amended).hasSameSizeAs(original);
        for (int i = 0; i < amended.size(); i++) {
            assertThat(amended.get(i)).isSameAs(original.get(i));
        }
    }

    @Test
    void exactlyTheFourKnown148SheetsAreProvisionalAndSayWhy() {
        List<String> provisional = catalogue.ruleSet("QD-148-2023").orElseThrow().productSets().stream()
                .filter(ProductSet::provisional).map(ProductSet::code).toList();
        assertThat(provisional).containsExactly("FOOD_PROC_PRODUCE", "FOOD_TEA", "FOOD_TEA_OTHER_PLANT", "FOOD_COFFEE_COCOA");
        assertThat(catalogue.productSet("QD-148-2023", "FOOD_PROC_PRODUCE").orElseThrow().problems())
                .anyMatch(p -> p.contains("C.6.d") && p.contains("best option gives 3"));
        assertThat(catalogue.productSet("QD-148-2023", "FOOD_TEA").orElseThrow().problems())
                .containsExactly("part C: criterion maxima add up to 32, not 35");
        assertThat(catalogue.productSet("QD-148-2023", "FOOD_COFFEE_COCOA").orElseThrow().problems())
                .containsExactly("part C: criterion maxima add up to 33, not 35");
        assertThat(catalogue.ruleSet("QD-26-2026").orElseThrow().productSets()).noneMatch(ProductSet::provisional);
    }

    @Test
    void codesAreUniqueAndKeptAsPublished() {
        for (RuleSet r : catalogue.ruleSets()) {
            for (ProductSet p : r.productSets()) {
                Set<String> criteria = new HashSet<>();
                for (Criterion c : p.criteria()) {
                    assertThat(criteria.add(c.code())).as(c.code()).isTrue();
                    assertThat(c.options()).allSatisfy(o -> assertThat(o.code()).startsWith(c.code() + "#"));
                    assertThat(c.options()).allSatisfy(o -> assertThat(o.points()).isLessThanOrEqualTo(c.max()));
                }
            }
        }
        Criterion tea = catalogue.productSet("QD-26-2026", "FOOD_TEA").orElseThrow().criterion("C.6.1.1").orElseThrow();
        assertThat(tea.option("C.6.1.1#2").orElseThrow().points()).isEqualByComparingTo("1");
    }

    @Test
    void tourismCriteriaKeepTheirAlternativeOptionLists() {
        Criterion c = catalogue.productSet("QD-26-2026", "TOURISM_COMMUNITY_ECO_SITE").orElseThrow().criterion("C.8").orElseThrow();
        assertThat(c.variants()).extracting(Variant::code).containsExactly("case1", "case2");
        assertThat(c.options()).extracting(Option::variant).contains("case1", "case2");
    }

    @Test
    void ruleSetsAndProductSetsSerialiseWithAPlainObjectMapper() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String ruleSet = json.writeValueAsString(catalogue.ruleSet("QD-26-2026").orElseThrow());
        assertThat(ruleSet).contains("\"effectiveFrom\":\"2026-05-22\"", "\"effectiveTo\":null", "\"process\":\"COMMUNE_PROVINCE_CENTRE\"")
                .doesNotContain("\"criteria\"");
        assertThat(ruleSet).contains("\"certificatePolicy\":{\"id\":\"QD-26-2026\",\"validityMonths\":36",
                "\"graceDaysWhilePending\":180", "\"proposeBefore\":\"--04-30\",\"decideBefore\":\"--06-30\"");
        String set = json.writeValueAsString(catalogue.productSet("QD-26-2026", "FOOD_TEA").orElseThrow());
        assertThat(set).contains("\"code\":\"FOOD_TEA\"", "\"C.6.1.1#2\"", "\"group\":\"FOOD\"");
    }
}
