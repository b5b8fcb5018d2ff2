package vn.ocop.scoring.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.scoring.catalogue.Band;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.Part;
import vn.ocop.scoring.catalogue.ProductSet;

/**
 * A product set turned into arrays for fast scoring: answers become int indices into one flat table of
 * option points in hundredths of a point; mandatory marks become per-star thresholds. Immutable; share it.
 *
 * <p>Hot path: {@link #rate(int[][], int, Tally)} scores encoded sheets without allocating.
 */
public final class CompiledSheet {

    /** Star levels that carry mandatory marks: 3, 4, 5 → index 0, 1, 2. */
    static final int FIRST_MARKED_STAR = 3;

    private final ProductSet productSet;
    private final List<Criterion> criteria;
    private final Map<String, Integer> criterionIndex;
    private final List<Map<String, Integer>> optionIndex;
    private final int[] optionStart;
    private final int[] optionEnd;
    private final int[] noneIndex;
    private final int[] points;
    private final int[] partOf;
    private final String[] partCodes;
    private final int[][] required;
    private final int[][] marked;
    private final String[][] markOption;
    private final long[] bandFrom;
    private final long[] bandTo;
    private final boolean[] bandToInclusive;
    private final int[] bandStars;

    private CompiledSheet(ProductSet set, List<Band> bands) {
        this.productSet = set;
        this.criteria = set.criteria();
        int n = criteria.size();
        this.partCodes = set.parts().stream().map(Part::code).toArray(String[]::new);
        Map<String, Integer> cIndex = new HashMap<>();
        List<Map<String, Integer>> oIndex = new ArrayList<>();
        optionStart = new int[n];
        optionEnd = new int[n];
        noneIndex = new int[n];
        partOf = new int[n];
        List<Integer> flat = new ArrayList<>();
        required = new int[3][n];
        markOption = new String[3][n];
        for (int c = 0; c < n; c++) {
            Criterion criterion = criteria.get(c);
            cIndex.put(criterion.code(), c);
            partOf[c] = Arrays.asList(partCodes).indexOf(criterion.part());
            Map<String, Integer> options = new HashMap<>();
            optionStart[c] = flat.size();
            for (Option o : criterion.options()) {
                options.put(o.code(), flat.size());
                flat.add(hundredths(o.points()));
            }
            noneIndex[c] = -1;
            if (criterion.noneAllowed()) {
                noneIndex[c] = flat.size();
                flat.add(0);
            }
            optionEnd[c] = flat.size();
            oIndex.add(Map.copyOf(options));
            compileMarks(c, criterion);
        }
        this.criterionIndex = Map.copyOf(cIndex);
        this.optionIndex = List.copyOf(oIndex);
        this.points = flat.stream().mapToInt(Integer::intValue).toArray();
        this.marked = new int[3][];
        for (int k = 0; k < 3; k++) {
            int[] row = required[k];
            marked[k] = java.util.stream.IntStream.range(0, n).filter(c -> row[c] > 0).toArray();
        }
        int b = bands.size();
        bandFrom = new long[b];
        bandTo = new long[b];
        bandToInclusive = new boolean[b];
        bandStars = new int[b];
        for (int i = 0; i < b; i++) {
            Band band = bands.get(i);
            bandFrom[i] = hundredths(band.from());
            bandTo[i] = hundredths(band.to());
            bandToInclusive[i] = band.toInclusive();
            bandStars[i] = band.stars();
        }
    }

    /** Mark thresholds: for star S, the points of the option carrying the highest mark ≤ S (README step 5). */
    private void compileMarks(int c, Criterion criterion) {
        for (int k = 0; k < 3; k++) {
            int star = FIRST_MARKED_STAR + k;
            int bestMark = 0;
            Option carrier = null;
            for (Option o : criterion.options()) {
                Integer m = o.minStar();
                if (m != null && m <= star && (m > bestMark || m == bestMark && o.points().compareTo(carrier.points()) < 0)) {
                    bestMark = m;
                    carrier = o;
                }
            }
            int threshold = carrier == null ? 0 : hundredths(carrier.points());
            String optionCode = carrier == null ? null : carrier.code();
            Integer onCriterion = criterion.criterionMinStar();
            if (onCriterion != null && onCriterion <= star) {
                int lowestListed = criterion.options().stream().map(Option::points).filter(p -> p.signum() > 0)
                        .mapToInt(CompiledSheet::hundredths).min().orElse(0);
                if (lowestListed > threshold) {
                    threshold = lowestListed;
                    optionCode = null;
                }
            }
            required[k][c] = threshold;
            markOption[k][c] = optionCode;
        }
    }

    public static CompiledSheet compile(ProductSet set, List<Band> bands) {
        return new CompiledSheet(set, bands);
    }

    static int hundredths(BigDecimal points) {
        return points.movePointRight(2).intValueExact();
    }

    public ProductSet productSet() {
        return productSet;
    }

    public int criterionCount() {
        return criteria.size();
    }

    public String[] partCodes() {
        return partCodes.clone();
    }

    // ---- encoding -------------------------------------------------------------------------------------------

    /** Outcome of looking up one answer. */
    public enum Lookup { OK, UNKNOWN_OPTION, NONE_NOT_ALLOWED, DUPLICATE, MISSING }

    /** Criterion index of a code, or -1. */
    public int criterionIndex(String code) {
        Integer i = criterionIndex.get(code);
        return i == null ? -1 : i;
    }

    /**
     * The flat index of an answer to criterion {@code c}, or a negative number: -1 unknown option,
     * -2 "none" not allowed, -3 two options, -4 missing.
     */
    public int answerIndex(int c, String answer) {
        if (answer == null || answer.isEmpty()) {
            return -4;
        }
        if (answer.indexOf('|') >= 0) {
            return -3;
        }
        if (Criterion.NONE.equals(answer)) {
            return noneIndex[c] >= 0 ? noneIndex[c] : -2;
        }
        Integer i = optionIndex.get(c).get(answer);
        return i == null ? -1 : i;
    }

    /** The criterion that owns option {@code optionCode}, or -1 (to explain a misplaced answer). */
    public int owner(String optionCode) {
        for (int c = 0; c < optionIndex.size(); c++) {
            if (optionIndex.get(c).containsKey(optionCode)) {
                return c;
            }
        }
        return -1;
    }

    /** Encodes a complete, valid answer map (test and benchmark helper). */
    public int[] encode(Map<String, String> answers) {
        int[] sheet = new int[criteria.size()];
        for (int c = 0; c < sheet.length; c++) {
            int i = answerIndex(c, answers.get(criteria.get(c).code()));
            if (i < 0) {
                throw new IllegalArgumentException("invalid answer for " + criteria.get(c).code());
            }
            sheet[c] = i;
        }
        return sheet;
    }

    public int points(int flatIndex) {
        return points[flatIndex];
    }

    public int optionStart(int c) {
        return optionStart[c];
    }

    public int optionEnd(int c) {
        return optionEnd[c];
    }

    /** The option behind a flat index, or null for the "none" slot. */
    public Option option(int c, int flatIndex) {
        return flatIndex == noneIndex[c] ? null : criteria.get(c).options().get(flatIndex - optionStart[c]);
    }

    public Criterion criterion(int c) {
        return criteria.get(c);
    }

    int required(int star, int c) {
        return required[star - FIRST_MARKED_STAR][c];
    }

    String markOption(int star, int c) {
        return markOption[star - FIRST_MARKED_STAR][c];
    }

    int[] marked(int star) {
        return marked[star - FIRST_MARKED_STAR];
    }

    // ---- hot path -------------------------------------------------------------------------------------------

    /** Reusable working arrays for {@link #rate}; one per thread. */
    public static final class Tally {
        final long[] memberTotals;
        final long[] memberParts;
        final long[] criterionSums;
        int members;
        long sum;
        int band;
        int stars;

        public Tally(int maxMembers, int criteria) {
            memberTotals = new long[maxMembers];
            memberParts = new long[maxMembers * 3];
            criterionSums = new long[criteria];
        }

        public long memberTotal(int m) {
            return memberTotals[m];
        }

        public long memberPart(int m, int part) {
            return memberParts[m * 3 + part];
        }

        public long criterionSum(int c) {
            return criterionSums[c];
        }

        public Average average() {
            return new Average(sum, members);
        }

        public int band() {
            return band;
        }

        public int stars() {
            return stars;
        }
    }

    public Tally newTally(int maxMembers) {
        return new Tally(maxMembers, criteria.size());
    }

    /**
     * Scores {@code members} encoded sheets (each an array of flat option indices, one per criterion) into
     * {@code t} and returns the star tier. No allocation.
     */
    public int rate(int[][] sheets, int members, Tally t) {
        final int n = criteria.size();
        final int[] pts = points;
        final int[] part = partOf;
        final long[] crit = t.criterionSums;
        final long[] parts = t.memberParts;
        Arrays.fill(crit, 0, n, 0L);
        long sum = 0;
        for (int m = 0; m < members; m++) {
            final int[] a = sheets[m];
            final int base = m * 3;
            parts[base] = 0;
            parts[base + 1] = 0;
            parts[base + 2] = 0;
            int total = 0;
            for (int c = 0; c < n; c++) {
                int p = pts[a[c]];
                total += p;
                crit[c] += p;
                parts[base + part[c]] += p;
            }
            t.memberTotals[m] = total;
            sum += total;
        }
        t.members = members;
        t.sum = sum;
        t.band = bandStars(sum, members);
        t.stars = tier(t.band, crit, members);
        return t.stars;
    }

    /** The band's stars for a sum of member totals (hundredths) over {@code members}: half-open, exact. */
    public int bandStars(long sum, int members) {
        for (int i = bandStars.length - 1; i >= 0; i--) {
            long from = bandFrom[i] * members;
            long to = bandTo[i] * members;
            if (sum >= from && (sum < to || bandToInclusive[i] && sum == to)) {
                return bandStars[i];
            }
        }
        throw new IllegalStateException("average outside every band: " + sum + "/" + members + " hundredths");
    }

    /** README step 5: the highest S in 3..5 allowed by the band whose marks (and those below) are met. */
    int tier(int band, long[] criterionSums, int members) {
        int tier = 0;
        for (int star = FIRST_MARKED_STAR; star <= 5 && star <= band; star++) {
            if (!marksMet(star, criterionSums, members)) {
                break;
            }
            tier = star;
        }
        return tier > 0 ? tier : Math.min(band, 2);
    }

    boolean marksMet(int star, long[] criterionSums, int members) {
        int k = star - FIRST_MARKED_STAR;
        int[] row = required[k];
        for (int c : marked[k]) {
            if (criterionSums[c] < (long) row[c] * members) {
                return false;
            }
        }
        return true;
    }
}
