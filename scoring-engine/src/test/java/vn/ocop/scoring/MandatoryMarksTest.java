package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.scoring.Councils.allMaximum;
import static vn.ocop.scoring.Councils.required;
import static vn.ocop.scoring.Councils.score;
import static vn.ocop.scoring.Councils.set;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** README step 5: mandatory marks are cumulative and decide the tier within the band. */
class MandatoryMarksTest {

    private static final String RULES = "QD-26-2026";

    /** A criterion whose 4★ mark is above its 3★ mark, with an option between them. */
    private static Criterion criterionMarkedFor(ProductSet set, int stars) {
        return set.criteria().stream()
                .filter(c -> c.options().stream().anyMatch(o -> Integer.valueOf(stars).equals(o.minStar())))
                .filter(c -> required(c, stars).compareTo(required(c, stars - 1)) > 0)
                .findFirst().orElseThrow();
    }

    /** The best option worth less than the mark for {@code stars}. */
    private static Option justBelowMark(Criterion c, int stars) {
        return c.options().stream().filter(o -> o.points().compareTo(required(c, stars)) < 0)
                .max((a, b) -> a.points().compareTo(b.points())).orElseThrow();
    }

    @Test
    void aSheetAboveSeventyMissingOneFourStarMarkIsThreeStarsAndNamesTheMark() {
        ProductSet set = set(RULES, "FOOD_FRESH_PRODUCE");
        Criterion marked = criterionMarkedFor(set, 4);
        Map<String, String> answers = new java.util.LinkedHashMap<>(allMaximum(set));
        answers.put(marked.code(), justBelowMark(marked, 4).code());
        // lower unmarked criteria until the total is in the 4★ band but below 90
        ScoreResult r = score(RULES, set, Level.PROVINCE, List.of(answers, answers));
        assertThat(r.average()).isGreaterThanOrEqualTo(new java.math.BigDecimal("70"));

        assertThat(r.band()).isGreaterThanOrEqualTo(4);
        assertThat(r.stars()).isEqualTo(3);
        assertThat(r.certifiable()).isTrue();
        assertThat(r.missedMarks()).extracting(MarkCheck::criterionCode, MarkCheck::stars).contains(org.assertj.core.groups.Tuple.tuple(marked.code(), 4));
        assertThat(r.missedMarks()).noneMatch(m -> m.stars() == 3);
    }

    @Test
    void aSheetAboveFiftyMissingAThreeStarMarkIsNotCertifiable() {
        ProductSet set = set(RULES, "FOOD_FRESH_PRODUCE");
        Criterion marked = criterionMarkedFor(set, 3);
        Map<String, String> answers = new java.util.LinkedHashMap<>(Councils.sheetWithTotal(set, new java.math.BigDecimal("62"), 3));
        answers.put(marked.code(), justBelowMark(marked, 3).code());

        ScoreResult r = score(RULES, set, Level.PROVINCE, List.of(answers));

        assertThat(r.average()).isGreaterThan(new java.math.BigDecimal("50")).isLessThan(new java.math.BigDecimal("70"));
        assertThat(r.stars()).isEqualTo(2);
        assertThat(r.certifiable()).isFalse();
        assertThat(r.missedMarks()).extracting(MarkCheck::criterionCode).contains(marked.code());
        assertThat(r.nextStep().action()).isEqualTo(vn.ocop.scoring.process.Action.NOT_RECOGNISED);
        assertThat(r.cheapestPathToNextStar().targetStars()).isEqualTo(3);
        assertThat(r.cheapestPathToNextStar().changes()).extracting(AnswerChange::criterionCode).containsExactly(marked.code());
    }

    @Test
    void aMarkIsCheckedOnTheCouncilMeanNotOnEachMember() {
        ProductSet set = set(RULES, "FOOD_FRESH_PRODUCE");
        Criterion marked = criterionMarkedFor(set, 3);
        Map<String, String> low = new java.util.LinkedHashMap<>(allMaximum(set));
        low.put(marked.code(), justBelowMark(marked, 3).code());
        Map<String, String> high = allMaximum(set);

        // one member below the 3★ mark, two at the top: the mean is still at least the mark when the max is high enough
        ScoreResult r = score(RULES, set, Level.PROVINCE, List.of(low, high, high));
        java.math.BigDecimal mean = justBelowMark(marked, 3).points().add(Councils.best(marked).points().multiply(java.math.BigDecimal.valueOf(2)))
                .divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
        boolean met = mean.compareTo(required(marked, 3)) >= 0;
        assertThat(r.marks()).filteredOn(m -> m.criterionCode().equals(marked.code()) && m.stars() == 3)
                .singleElement().satisfies(m -> assertThat(m.met()).isEqualTo(met));
    }

    @Test
    void theIntellectualPropertyMarkOnA148CriterionIsMetByAnyListedOption() {
        ProductSet set = set("QD-148-2023", "FOOD_FRESH_PRODUCE");
        Criterion ip = set.criterion("A.3.e").orElseThrow();
        assertThat(ip.criterionMinStar()).isEqualTo(4);
        Map<String, String> answers = new java.util.LinkedHashMap<>(allMaximum(set));
        answers.put(ip.code(), "A.3.e#1");
        assertThat(score("QD-148-2023", set, Level.PROVINCE, List.of(answers)).missedMarks()).isEmpty();

        answers.put(ip.code(), Criterion.NONE);
        ScoreResult none = score("QD-148-2023", set, Level.PROVINCE, List.of(answers));
        assertThat(none.stars()).isEqualTo(3);
        assertThat(none.missedMarks()).extracting(MarkCheck::criterionCode, MarkCheck::stars, MarkCheck::optionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A.3.e", 4, null));
    }
}
