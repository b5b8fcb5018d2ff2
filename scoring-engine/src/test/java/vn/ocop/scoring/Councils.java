package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/**
 * Test factories: answer sheets built straight from the catalogue data (not from the engine's compiled
 * tables), so the tests check the engine against an independent reading of the sheets.
 */
public final class Councils {

    public static final ScoringEngine ENGINE = new ScoringEngine();

    private Councils() {
    }

    /** Every (rule set with sheets, product set) pair: 3 × 26. */
    public static Stream<ProductSet> allSheets() {
        return Catalogue.standard().ruleSets().stream().filter(RuleSet::hasSheets).flatMap(r -> r.productSets().stream());
    }

    public static Stream<String[]> allRuleSetAndSetCodes() {
        return Catalogue.standard().ruleSets().stream().filter(RuleSet::hasSheets)
                .flatMap(r -> r.productSets().stream().map(p -> new String[] {r.id(), p.code()}));
    }

    public static ProductSet set(String ruleSetId, String code) {
        return Catalogue.standard().productSet(ruleSetId, code).orElseThrow();
    }

    /** The lowest answer of a criterion: its 0-point option, or "none". */
    public static String lowest(Criterion c) {
        return c.options().stream().filter(o -> o.points().signum() == 0).map(Option::code).findFirst().orElse(Criterion.NONE);
    }

    public static Option best(Criterion c) {
        return c.options().stream().max((a, b) -> a.points().compareTo(b.points())).orElseThrow();
    }

    public static Map<String, String> allMinimum(ProductSet set) {
        Map<String, String> answers = new LinkedHashMap<>();
        set.criteria().forEach(c -> answers.put(c.code(), lowest(c)));
        return answers;
    }

    public static Map<String, String> allMaximum(ProductSet set) {
        Map<String, String> answers = new LinkedHashMap<>();
        set.criteria().forEach(c -> answers.put(c.code(), best(c).code()));
        return answers;
    }

    /** Sum of the best options, computed from the catalogue data. */
    public static BigDecimal maxTotal(ProductSet set) {
        return set.criteria().stream().map(c -> best(c).points()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The council value a criterion needs for {@code stars} (README step 5, read from the catalogue): points of the
     * option with the highest mark ≤ stars; a criterion-level mark needs the lowest listed option above 0.
     */
    public static BigDecimal required(Criterion c, int stars) {
        BigDecimal need = BigDecimal.ZERO;
        int bestMark = 0;
        for (Option o : c.options()) {
            if (o.minStar() != null && o.minStar() <= stars && o.minStar() > bestMark) {
                bestMark = o.minStar();
                need = o.points();
            }
        }
        if (c.criterionMinStar() != null && c.criterionMinStar() <= stars) {
            BigDecimal lowestListed = c.options().stream().map(Option::points).filter(p -> p.signum() > 0)
                    .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            need = need.max(lowestListed);
        }
        return need;
    }

    /** Cumulative requirement for every star level from 3 to {@code stars}. */
    public static BigDecimal requiredUpTo(Criterion c, int stars) {
        BigDecimal need = BigDecimal.ZERO;
        for (int s = 3; s <= stars; s++) {
            need = need.max(required(c, s));
        }
        return need;
    }

    /**
     * A sheet whose total is exactly {@code total} while every criterion meets the marks up to {@code marksFor}
     * stars (0: no marks), or null when impossible. Exact subset-sum over whole hundredths.
     */
    public static Map<String, String> sheetWithTotal(ProductSet set, BigDecimal total, int marksFor) {
        int target = total.movePointRight(2).intValueExact();
        List<Criterion> criteria = set.criteria();
        int n = criteria.size();
        // reachable[c][s]: option chosen for criterion c to reach sum s after criteria 0..c
        List<Map<Integer, String>> choice = new ArrayList<>();
        Map<Integer, Integer> reach = new LinkedHashMap<>();
        reach.put(0, -1);
        List<Map<Integer, Integer>> previous = new ArrayList<>();
        for (Criterion c : criteria) {
            BigDecimal need = requiredUpTo(c, marksFor);
            Map<Integer, Integer> next = new LinkedHashMap<>();
            Map<Integer, String> picks = new LinkedHashMap<>();
            Map<Integer, Integer> prev = new LinkedHashMap<>();
            List<String[]> answers = new ArrayList<>();
            if (c.noneAllowed() && need.signum() == 0) {
                answers.add(new String[] {Criterion.NONE, "0"});
            }
            for (Option o : c.options()) {
                if (o.points().compareTo(need) >= 0) {
                    answers.add(new String[] {o.code(), o.points().movePointRight(2).toBigInteger().toString()});
                }
            }
            for (int s : reach.keySet()) {
                for (String[] a : answers) {
                    int t = s + Integer.parseInt(a[1]);
                    if (t <= target && !next.containsKey(t)) {
                        next.put(t, 0);
                        picks.put(t, a[0]);
                        prev.put(t, s);
                    }
                }
            }
            reach = next;
            choice.add(picks);
            previous.add(prev);
        }
        if (!reach.containsKey(target)) {
            return null;
        }
        String[] picked = new String[n];
        int s = target;
        for (int c = n - 1; c >= 0; c--) {
            picked[c] = choice.get(c).get(s);
            s = previous.get(c).get(s);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            answers.put(criteria.get(c).code(), picked[c]);
        }
        return answers;
    }

    public static MemberSheet member(String id, Map<String, String> answers) {
        return new MemberSheet(id, CouncilRole.MEMBER, answers);
    }

    public static ScoreResult score(String ruleSetId, ProductSet set, Level level, List<Map<String, String>> sheets) {
        List<MemberSheet> members = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            members.add(new MemberSheet("m" + (i + 1), i == 0 ? CouncilRole.CHAIR : CouncilRole.MEMBER, sheets.get(i)));
        }
        return ENGINE.score(new ScoreRequest(ruleSetId, set.code(), level, members));
    }
}
