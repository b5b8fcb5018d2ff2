package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** Properties of scoring over random councils on random sheets of every rule set. */
class ScoringPropertiesTest {

    /** A random council: rule set, product set and each member's answers. */
    record Council(String ruleSetId, ProductSet set, List<Map<String, String>> sheets) {
        ScoreResult score() {
            return Councils.score(ruleSetId, set, Level.PROVINCE, sheets);
        }

        @Override
        public String toString() {
            return ruleSetId + " " + set.code() + " " + sheets;
        }
    }

    private static final List<String[]> SHEETS = Councils.allRuleSetAndSetCodes().toList();

    @Provide
    Arbitrary<Council> councils() {
        return Combinators.combine(Arbitraries.integers().between(0, SHEETS.size() - 1), Arbitraries.integers().between(1, 6),
                Arbitraries.longs(), Arbitraries.doubles().between(0, 1)).as((i, members, seed, bias) -> {
                    String[] pick = SHEETS.get(i);
                    ProductSet set = Councils.set(pick[0], pick[1]);
                    Random random = new Random(seed);
                    List<Map<String, String>> sheets = new ArrayList<>();
                    for (int m = 0; m < members; m++) {
                        Map<String, String> answers = new LinkedHashMap<>();
                        for (Criterion c : set.criteria()) {
                            answers.put(c.code(), answer(c, random, bias));
                        }
                        sheets.add(answers);
                    }
                    return new Council(pick[0], set, sheets);
                });
    }

    /** Biased towards high answers so that every tier appears. */
    private static String answer(Criterion c, Random random, double bias) {
        List<String> answers = new ArrayList<>();
        if (c.noneAllowed()) {
            answers.add(Criterion.NONE);
        }
        List<Option> sorted = new ArrayList<>(c.options());
        sorted.sort((a, b) -> a.points().compareTo(b.points()));
        sorted.forEach(o -> answers.add(o.code()));
        if (random.nextDouble() < bias) {
            return answers.get(answers.size() - 1);
        }
        return answers.get(random.nextInt(answers.size()));
    }

    private static BigDecimal points(Criterion c, String answer) {
        return Criterion.NONE.equals(answer) ? BigDecimal.ZERO : c.option(answer).orElseThrow().points();
    }

    @Property(tries = 300)
    void memberTotalsAreTheSumOfTheirPartsAndLieBetweenZeroAndOneHundred(@ForAll("councils") Council council) {
        ScoreResult r = council.score();

        for (int m = 0; m < r.memberTotals().size(); m++) {
            MemberTotal t = r.memberTotals().get(m);
            BigDecimal parts = t.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(t.total()).isEqualByComparingTo(parts);
            assertThat(t.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            BigDecimal independent = BigDecimal.ZERO;
            for (Criterion c : council.set().criteria()) {
                independent = independent.add(points(c, council.sheets().get(m).get(c.code())));
            }
            assertThat(t.total()).isEqualByComparingTo(independent);
        }
        assertThat(r.average()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(r.stars()).isBetween(1, 5).isLessThanOrEqualTo(r.band());
        assertThat(r.certifiable()).isEqualTo(r.stars() >= 3);
    }

    @Property(tries = 300)
    void raisingAnyAnswerNeverLowersTheTier(@ForAll("councils") Council council, @ForAll long seed) {
        ScoreResult before = council.score();
        Random random = new Random(seed);
        int m = random.nextInt(council.sheets().size());
        Criterion c = council.set().criteria().get(random.nextInt(council.set().criteria().size()));
        BigDecimal current = points(c, council.sheets().get(m).get(c.code()));
        List<Option> higher = c.options().stream().filter(o -> o.points().compareTo(current) > 0).toList();
        if (higher.isEmpty()) {
            return;
        }
        List<Map<String, String>> raised = new ArrayList<>(council.sheets());
        Map<String, String> sheet = new LinkedHashMap<>(raised.get(m));
        sheet.put(c.code(), higher.get(random.nextInt(higher.size())).code());
        raised.set(m, sheet);

        ScoreResult after = new Council(council.ruleSetId(), council.set(), raised).score();

        assertThat(after.stars()).isGreaterThanOrEqualTo(before.stars());
        assertThat(after.averageExact()).isGreaterThan(before.averageExact());
    }

    @Property(tries = 300)
    void applyingTheCheapestPathReachesTheNextTier(@ForAll("councils") Council council) {
        ScoreResult before = council.score();
        PathToNextStar path = before.cheapestPathToNextStar();
        if (before.stars() == 5) {
            assertThat(path).isNull();
            return;
        }
        assertThat(path.targetStars()).isEqualTo(before.stars() + 1);
        assertThat(path.reachable()).isTrue();
        List<Map<String, String>> improved = new ArrayList<>();
        for (Map<String, String> sheet : council.sheets()) {
            Map<String, String> copy = new LinkedHashMap<>(sheet);
            for (AnswerChange change : path.changes()) {
                Criterion c = council.set().criterion(change.criterionCode()).orElseThrow();
                if (points(c, copy.get(c.code())).compareTo(change.points()) < 0) {
                    copy.put(c.code(), change.optionCode());
                }
            }
            improved.add(copy);
        }

        ScoreResult after = new Council(council.ruleSetId(), council.set(), improved).score();

        assertThat(after.stars()).isGreaterThanOrEqualTo(path.targetStars());
        assertThat(after.averageExact().subtract(before.averageExact()))
                .isCloseTo(path.pointsAdded(), org.assertj.core.api.Assertions.within(new BigDecimal("1e-25")));
    }

    @Property(tries = 40)
    void noSingleChangeReachesTheNextTierMoreCheaplyThanTheCheapestPath(@ForAll("councils") Council council) {
        ScoreResult before = council.score();
        PathToNextStar path = before.cheapestPathToNextStar();
        if (path == null) {
            return;
        }
        for (Criterion c : council.set().criteria()) {
            for (Option o : c.options()) {
                List<Map<String, String>> changed = new ArrayList<>();
                for (Map<String, String> sheet : council.sheets()) {
                    Map<String, String> copy = new LinkedHashMap<>(sheet);
                    if (points(c, copy.get(c.code())).compareTo(o.points()) < 0) {
                        copy.put(c.code(), o.code());
                    }
                    changed.add(copy);
                }
                ScoreResult after = new Council(council.ruleSetId(), council.set(), changed).score();
                if (after.stars() >= path.targetStars()) {
                    assertThat(after.averageExact().subtract(before.averageExact()).add(new BigDecimal("1e-25")))
                            .isGreaterThanOrEqualTo(path.pointsAdded());
                }
            }
        }
    }
}
