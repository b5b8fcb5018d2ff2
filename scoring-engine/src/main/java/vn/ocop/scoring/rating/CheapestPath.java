package vn.ocop.scoring.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the cheapest set of answer changes that lifts a council to {@code targetStars} (README step 8).
 *
 * <p>A change raises one criterion to one option: every scoring member whose points on it are lower takes
 * that option (members already above keep theirs). It adds the sum of those raises to the members'
 * totals. The search picks, per criterion, "keep" or one option such that every mandatory mark up to the
 * target is met and the average reaches the target band, minimising the points added and then the
 * number of changes: an exact dynamic programme over the sum added (in units of the gcd of all points).
 */
public final class CheapestPath {

    /** One chosen change: criterion index, flat option index, points added over all members (hundredths). */
    public record Change(int criterion, int flatOption, long added, int membersChanged) {
    }

    /** The plan, or {@code reachable == false}. */
    public record Plan(int targetStars, boolean reachable, long added, List<Change> changes) {
    }

    private CheapestPath() {
    }

    public static Plan find(CompiledSheet sheet, int[][] sheets, int members, long currentSum, int targetStars) {
        int n = sheet.criterionCount();
        long[] criterionSums = new long[n];
        for (int m = 0; m < members; m++) {
            for (int c = 0; c < n; c++) {
                criterionSums[c] += sheet.points(sheets[m][c]);
            }
        }
        long unit = gcdOfPoints(sheet);
        long needed = Math.max(0, bandThreshold(sheet, targetStars, members) - currentSum);
        long neededUnits = (needed + unit - 1) / unit;

        // choices[c]: candidate flat options with their gain; gain -1 = not allowed
        int[][] options = new int[n][];
        long[][] gains = new long[n][];
        boolean[] keepAllowed = new boolean[n];
        long forcedUnits = 0;
        long maxGainUnits = 0;
        for (int c = 0; c < n; c++) {
            long need = requirement(sheet, c, targetStars) * (long) members;
            keepAllowed[c] = criterionSums[c] >= need;
            int from = sheet.optionStart(c);
            int to = sheet.optionEnd(c);
            options[c] = new int[to - from];
            gains[c] = new long[to - from];
            long cheapestAllowed = Long.MAX_VALUE;
            for (int i = from; i < to; i++) {
                long gain = 0;
                int q = sheet.points(i);
                for (int m = 0; m < members; m++) {
                    gain += Math.max(0, q - sheet.points(sheets[m][c]));
                }
                boolean allowed = gain > 0 && criterionSums[c] + gain >= need;
                options[c][i - from] = i;
                gains[c][i - from] = allowed ? gain / unit : -1;
                if (allowed) {
                    cheapestAllowed = Math.min(cheapestAllowed, gain / unit);
                    maxGainUnits = Math.max(maxGainUnits, gain / unit);
                }
            }
            if (!keepAllowed[c]) {
                if (cheapestAllowed == Long.MAX_VALUE) {
                    return new Plan(targetStars, false, 0, List.of());
                }
                forcedUnits += cheapestAllowed;
            }
        }
        int bound = Math.toIntExact(Math.max(neededUnits, 0) + forcedUnits + maxGainUnits);
        final int inf = Integer.MAX_VALUE / 2;
        int[] dp = new int[bound + 1];
        Arrays.fill(dp, inf);
        dp[0] = 0;
        int[][] pickedOption = new int[n][];
        int[][] previous = new int[n][];
        for (int c = 0; c < n; c++) {
            int[] next = new int[bound + 1];
            Arrays.fill(next, inf);
            int[] pick = new int[bound + 1];
            int[] prev = new int[bound + 1];
            Arrays.fill(pick, -1);
            for (int s = 0; s <= bound; s++) {
                if (dp[s] >= inf) {
                    continue;
                }
                if (keepAllowed[c] && dp[s] < next[s]) {
                    next[s] = dp[s];
                    pick[s] = -1;
                    prev[s] = s;
                }
                for (int i = 0; i < options[c].length; i++) {
                    long g = gains[c][i];
                    if (g < 0) {
                        continue;
                    }
                    int t = (int) Math.min(bound, s + g);
                    if (dp[s] + 1 < next[t]) {
                        next[t] = dp[s] + 1;
                        pick[t] = options[c][i];
                        prev[t] = s;
                    }
                }
            }
            dp = next;
            pickedOption[c] = pick;
            previous[c] = prev;
        }
        int best = -1;
        for (int s = (int) Math.min(neededUnits, bound); s <= bound; s++) {
            if (dp[s] < inf) {
                best = s;
                break;
            }
        }
        if (best < 0) {
            return new Plan(targetStars, false, 0, List.of());
        }
        List<Change> changes = new ArrayList<>();
        long added = 0;
        int s = best;
        for (int c = n - 1; c >= 0; c--) {
            int option = pickedOption[c][s];
            int before = previous[c][s];
            if (option >= 0) {
                long gain = 0;
                int changed = 0;
                for (int m = 0; m < members; m++) {
                    int d = sheet.points(option) - sheet.points(sheets[m][c]);
                    if (d > 0) {
                        gain += d;
                        changed++;
                    }
                }
                changes.add(0, new Change(c, option, gain, changed));
                added += gain;
            }
            s = before;
        }
        return new Plan(targetStars, true, added, List.copyOf(changes));
    }

    /** The council value a criterion needs for every star level from 3 up to {@code targetStars} (hundredths). */
    static long requirement(CompiledSheet sheet, int c, int targetStars) {
        long need = 0;
        for (int star = CompiledSheet.FIRST_MARKED_STAR; star <= targetStars; star++) {
            need = Math.max(need, sheet.required(star, c));
        }
        return need;
    }

    /** Smallest sum of member totals (hundredths) whose average lies in a band of at least {@code stars}. */
    static long bandThreshold(CompiledSheet sheet, int stars, int members) {
        long lo = 0;
        long hi = 10_000L * members;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (sheet.bandStars(mid, members) >= stars) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long gcdOfPoints(CompiledSheet sheet) {
        long g = 0;
        for (int c = 0; c < sheet.criterionCount(); c++) {
            for (int i = sheet.optionStart(c); i < sheet.optionEnd(c); i++) {
                g = gcd(g, sheet.points(i));
            }
        }
        return g == 0 ? 1 : g;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
