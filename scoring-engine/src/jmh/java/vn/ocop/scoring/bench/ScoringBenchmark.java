package vn.ocop.scoring.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.ocop.scoring.MemberSheet;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.rating.CompiledSheet;

/**
 * Scores full councils of 5 member sheets on a typical 32-criterion sheet (QD-26-2026 FOOD_FRESH_PRODUCE) and,
 * in the same run, a raw loop that sums the same number of array entries (the floor). Every benchmark counts
 * member sheets as operations ({@code @OperationsPerInvocation(MEMBERS)}), so the scores read as member sheets
 * per second per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    static final int MEMBERS = 5;
    static final int COUNCILS = 1024;
    static final String RULE_SET = "QD-26-2026";
    static final String PRODUCT_SET = "FOOD_FRESH_PRODUCE";

    private ScoringEngine engine;
    private CompiledSheet sheet;
    private CompiledSheet.Tally tally;
    private int[][][] councils;
    private ScoreRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        engine = new ScoringEngine();
        sheet = engine.compiledSheet(RULE_SET, PRODUCT_SET).orElseThrow();
        ProductSet set = sheet.productSet();
        tally = sheet.newTally(MEMBERS);
        Random random = new Random(42);
        councils = new int[COUNCILS][MEMBERS][];
        requests = new ScoreRequest[COUNCILS / 16];
        for (int k = 0; k < COUNCILS; k++) {
            List<MemberSheet> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (Criterion c : set.criteria()) {
                    List<Option> options = c.options();
                    answers.put(c.code(), options.get(options.size() - 1 - random.nextInt(Math.min(2, options.size()))).code());
                }
                councils[k][m] = sheet.encode(answers);
                members.add(new MemberSheet("m" + m, m == 0 ? CouncilRole.CHAIR : CouncilRole.MEMBER, answers));
            }
            if (k < requests.length) {
                requests[k] = new ScoreRequest(RULE_SET, PRODUCT_SET, Level.PROVINCE, members);
            }
        }
    }

    /** The compiled hot path: member totals, part totals, council average, band, marks and tier. */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public int compiledCouncil() {
        int[][] council = councils[next++ & (COUNCILS - 1)];
        return sheet.rate(council, MEMBERS, tally);
    }

    /** The floor: sum the same number of int array entries (5 sheets × 32 answers), nothing else. */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public long floorSumOfEntries() {
        int[][] council = councils[next++ & (COUNCILS - 1)];
        long sum = 0;
        for (int m = 0; m < MEMBERS; m++) {
            int[] a = council[m];
            for (int c = 0; c < a.length; c++) {
                sum += a[c];
            }
        }
        return sum;
    }

    /** The façade from JSON-shaped input: validation, encoding, explanations and the cheapest path to the next star. */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public ScoreResult facadeWithExplanations() {
        return engine.score(requests[next++ % requests.length]);
    }
}
