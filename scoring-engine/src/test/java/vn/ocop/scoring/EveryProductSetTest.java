package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.scoring.Councils.allMaximum;
import static vn.ocop.scoring.Councils.allMinimum;
import static vn.ocop.scoring.Councils.maxTotal;
import static vn.ocop.scoring.Councils.score;
import static vn.ocop.scoring.Councils.set;
import static vn.ocop.scoring.Councils.sheetWithTotal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** Every product set of every rule set with sheets (3 × 26): extremes and every band boundary. */
class EveryProductSetTest {

    static Stream<Arguments> sheets() {
        return Councils.allRuleSetAndSetCodes().map(a -> Arguments.of(a[0], a[1]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void allMinimumAnswersScoreZeroAndOneStar(String ruleSetId, String code) {
        ProductSet set = set(ruleSetId, code);
        ScoreResult r = score(ruleSetId, set, Level.PROVINCE, List.of(allMinimum(set), allMinimum(set), allMinimum(set)));

        assertThat(r.average()).isEqualByComparingTo("0");
        assertThat(r.memberTotals()).allSatisfy(t -> assertThat(t.total()).isEqualByComparingTo("0"));
        assertThat(r.stars()).isEqualTo(1);
        assertThat(r.certifiable()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void allMaximumAnswersScoreTheSheetMaximum(String ruleSetId, String code) {
        ProductSet set = set(ruleSetId, code);
        ScoreResult r = score(ruleSetId, set, Level.CENTRE, List.of(allMaximum(set), allMaximum(set)));

        BigDecimal expected = set.provisional() ? maxTotal(set) : new BigDecimal("100");
        assertThat(r.memberTotals()).allSatisfy(t -> assertThat(t.total()).isEqualByComparingTo(expected));
        assertThat(r.averageExact()).isEqualByComparingTo(expected);
        assertThat(r.provisional()).isEqualTo(set.provisional());
        assertThat(r.stars()).isEqualTo(5);
        assertThat(r.missedMarks()).isEmpty();
        assertThat(r.cheapestPathToNextStar()).isNull();
        if (!set.provisional()) {
            assertThat(r.partTotals()).extracting(PartTotal::average)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("40"), new BigDecimal("25"), new BigDecimal("35"));
        }
    }

    static Stream<Arguments> boundaries() {
        List<Arguments> out = new ArrayList<>();
        Councils.allRuleSetAndSetCodes().forEach(a -> {
            for (int[] b : new int[][] {{30, 2}, {50, 3}, {70, 4}, {90, 5}}) {
                out.add(Arguments.of(a[0], a[1], b[0], b[1]));
            }
        });
        return out.stream();
    }

    /**
     * Three members scoring (B, B, B-1) average B - 1/3 (just below the boundary, e.g. 69.66…); (B, B, B) average
     * exactly B. With the marks for the upper tier met, the upper council lands in the upper tier and the lower in
     * the one below. Four members (B, B, B, B-1) give B - 0.25.
     */
    @ParameterizedTest(name = "{0} {1} around {2}")
    @MethodSource("boundaries")
    void averagesAroundEveryBandBoundaryLandInTheRightTier(String ruleSetId, String code, int boundary, int upperStars) {
        ProductSet set = set(ruleSetId, code);
        int marksFor = upperStars >= 3 ? upperStars : 0;
        Map<String, String> atBoundary = sheetWithTotal(set, BigDecimal.valueOf(boundary), marksFor);
        Map<String, String> oneBelow = sheetWithTotal(set, BigDecimal.valueOf(boundary - 1), marksFor);
        assertThat(atBoundary).as("a sheet totalling %s with the %s★ marks met", boundary, marksFor).isNotNull();
        assertThat(oneBelow).as("a sheet totalling %s with the %s★ marks met", boundary - 1, marksFor).isNotNull();

        ScoreResult below = score(ruleSetId, set, Level.PROVINCE, List.of(atBoundary, atBoundary, oneBelow));
        ScoreResult justBelow = score(ruleSetId, set, Level.PROVINCE, List.of(atBoundary, atBoundary, atBoundary, oneBelow));
        ScoreResult at = score(ruleSetId, set, Level.PROVINCE, List.of(atBoundary, atBoundary, atBoundary));

        assertThat(below.average()).isEqualByComparingTo(BigDecimal.valueOf(boundary - 1).add(new BigDecimal("0.66")));
        assertThat(below.stars()).isEqualTo(upperStars - 1);
        assertThat(justBelow.average()).isEqualByComparingTo(BigDecimal.valueOf(boundary - 1).add(new BigDecimal("0.75")));
        assertThat(justBelow.stars()).isEqualTo(upperStars - 1);
        assertThat(at.average()).isEqualByComparingTo(BigDecimal.valueOf(boundary));
        assertThat(at.stars()).isEqualTo(upperStars);
        assertThat(at.certifiable()).isEqualTo(upperStars >= 3);
    }
}
