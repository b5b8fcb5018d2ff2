package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.Part;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;
import vn.ocop.scoring.rating.Average;
import vn.ocop.scoring.rating.CheapestPath;
import vn.ocop.scoring.rating.CompiledSheet;

/** Turns a tallied council into a self-explaining {@link ScoreResult} (README step 8). */
final class Explainer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Explainer() {
    }

    /** Member {@code m}'s total and part totals from a rated tally. */
    static MemberTotal memberTotal(CompiledSheet sheet, MemberSheet member, CompiledSheet.Tally tally, int m) {
        String[] partCodes = sheet.partCodes();
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int p = 0; p < partCodes.length; p++) {
            parts.put(partCodes[p], points(tally.memberPart(m, p)));
        }
        return new MemberTotal(member.memberId(), member.role(), points(tally.memberTotal(m)), parts);
    }

    static ScoreResult explain(RuleSet ruleSet, CompiledSheet sheet, Level level, List<MemberSheet> members, int[][] encoded,
            Detail detail) {
        int n = encoded.length;
        CompiledSheet.Tally tally = sheet.newTally(n);
        int stars = sheet.rate(encoded, n, tally);
        Average average = tally.average();
        ProductSet set = sheet.productSet();
        String[] partCodes = sheet.partCodes();

        List<MemberTotal> totals = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            totals.add(memberTotal(sheet, members.get(m), tally, m));
        }
        List<PartTotal> partTotals = new ArrayList<>();
        for (int p = 0; p < partCodes.length; p++) {
            long sum = 0;
            for (int m = 0; m < n; m++) {
                sum += tally.memberPart(m, p);
            }
            Part part = set.parts().get(p);
            partTotals.add(new PartTotal(part.code(), part.nameVi(), part.nameEn(), mean(sum, n), part.max()));
        }

        List<MarkCheck> marks = MarkReport.marks(sheet, tally, n);
        int missedUpTo = Math.max(3, tally.band());
        List<MarkCheck> missed = new ArrayList<>();
        for (MarkCheck mark : marks) {
            if (!mark.met() && mark.stars() <= missedUpTo) {
                missed.add(mark);
            }
        }
        NextStep next = ruleSet.process().nextStep(level, average, stars);

        List<CriterionExplanation> criteria = detail == Detail.FULL ? new ArrayList<>() : null;
        for (int c = 0; criteria != null && c < sheet.criterionCount(); c++) {
            Criterion criterion = sheet.criterion(c);
            List<MemberAnswer> answers = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                Option o = sheet.option(c, encoded[m][c]);
                answers.add(o == null
                        ? new MemberAnswer(members.get(m).memberId(), Criterion.NONE, "Không có", "None", BigDecimal.ZERO)
                        : new MemberAnswer(members.get(m).memberId(), o.code(), o.labelVi(), o.labelEn(), o.points()));
            }
            criteria.add(new CriterionExplanation(criterion.code(), criterion.part(), criterion.nameVi(), criterion.nameEn(),
                    criterion.max(), mean(tally.criterionSum(c), n), answers));
        }

        PathToNextStar path = stars >= 5 ? null : path(sheet, encoded, n, tally, stars + 1);
        return new ScoreResult(ruleSet.id(), set.code(), set.nameVi(), level, n, totals, average.display(), average.exact(),
                partTotals, tally.band(), stars, stars >= 3, detail == Detail.FULL ? marks : null, missed, next, set.provisional(), set.problems(),
                criteria, path);
    }

    private static PathToNextStar path(CompiledSheet sheet, int[][] encoded, int n, CompiledSheet.Tally tally, int target) {
        long sum = tally.average().sumHundredths();
        CheapestPath.Plan plan = CheapestPath.find(sheet, encoded, n, sum, target);
        if (!plan.reachable()) {
            return new PathToNextStar(target, false, BigDecimal.ZERO, tally.average().display(), List.of());
        }
        List<AnswerChange> changes = new ArrayList<>();
        for (CheapestPath.Change change : plan.changes()) {
            Criterion criterion = sheet.criterion(change.criterion());
            Option o = sheet.option(change.criterion(), change.flatOption());
            changes.add(new AnswerChange(criterion.code(), criterion.nameVi(), o.code(), o.labelVi(), o.labelEn(), o.points(),
                    change.membersChanged(), exactMean(change.added(), n)));
        }
        return new PathToNextStar(target, true, exactMean(plan.added(), n), new Average(sum + plan.added(), n).display(), changes);
    }

    /** Hundredths → points. */
    static BigDecimal points(long hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Mean of a sum of hundredths over n, truncated to 2 decimals. */
    static BigDecimal mean(long sumHundredths, int n) {
        return BigDecimal.valueOf(sumHundredths, 2).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    }

    static BigDecimal exactMean(long sumHundredths, int n) {
        return new Average(sumHundredths, n).exact();
    }
}
