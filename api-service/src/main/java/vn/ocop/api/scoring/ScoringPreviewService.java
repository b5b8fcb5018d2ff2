package vn.ocop.api.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.scoring.Detail;
import vn.ocop.scoring.InputProblem;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.ScoringInputException;

/**
 * Scores answer sheets with the engine without storing anything (chấm thử). Counts previews in
 * {@code ocop.scoring.previews}, tagged with the resulting tier (1–5) or {@code invalid}.
 */
@ApplicationScoped
public class ScoringPreviewService {

    static final String METRIC = "ocop.scoring.previews";

    private final ScoringEngine engine;
    private final Counter[] byTier = new Counter[6];
    private final Counter invalid;

    private final ScoringLimits limits;

    public ScoringPreviewService(MeterRegistry registry, ScoringLimits limits, ScoringEngine engine) {
        this.limits = limits;
        this.engine = engine;
        for (int stars = 1; stars <= 5; stars++) {
            byTier[stars] = Counter.builder(METRIC).description("Answer sheets scored by the preview endpoint")
                    .tag("tier", String.valueOf(stars)).register(registry);
        }
        this.invalid = Counter.builder(METRIC).description("Answer sheets scored by the preview endpoint")
                .tag("tier", "invalid").register(registry);
    }

    /**
     * Scores every request of a batch (the engine CLI's array file), or none: when any request has problems, they
     * are all reported, each field prefixed with the request's index ({@code [2].sheets[0].answers.A.1.a}).
     */
    public List<ScoreResult> previewAll(List<ScoreRequest> requests, Detail detail) {
        checkBatch(requests, detail);
        List<InputProblem> problems = new ArrayList<>();
        List<ScoreResult> results = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                results.add(engine.score(requests.get(i), detail));
            } catch (ScoringInputException e) {
                for (InputProblem p : e.problems()) {
                    String field = p.field() == null || p.field().isEmpty() ? "" : "." + p.field();
                    problems.add(new InputProblem(p.code(), "[" + i + "]" + field, p.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            invalid.increment();
            throw new ScoringInputException(problems);
        }
        results.forEach(this::count);
        return results;
    }

    /** @throws ScoringInputException naming every problem of the request */
    public ScoreResult preview(ScoreRequest request, Detail detail) {
        Bounds bounds = new Bounds();
        check(request, "", bounds);
        bounds.throwIfExceeded();
        ScoreResult result;
        try {
            result = engine.score(request, detail);
        } catch (ScoringInputException e) {
            invalid.increment();
            throw e;
        }
        count(result);
        return result;
    }

    /**
     * The bounds of a batch (issue 9, item 6), checked before anything is scored: the number of requests, of
     * requests with {@code detail=full}, of sheets in all, then each request's own bounds.
     */
    private void checkBatch(List<ScoreRequest> requests, Detail detail) {
        Bounds bounds = new Bounds();
        if (requests.size() > limits.maxBatch()) {
            bounds.add("", "reason.scoring.at-most", limits.maxBatch(), requests.size());
        }
        if (detail == Detail.FULL && requests.size() > limits.maxBatchFull()) {
            bounds.add("detail", "reason.scoring.at-most-full", limits.maxBatchFull(), requests.size());
        }
        long sheets = 0;
        for (ScoreRequest request : requests) {
            sheets += request == null ? 0 : request.sheets().size();
        }
        if (sheets > limits.maxBatchSheets()) {
            bounds.add("[].sheets", "reason.scoring.at-most", limits.maxBatchSheets(), sheets);
        }
        for (int i = 0; i < requests.size() && bounds.total < limits.maxProblems(); i++) {
            check(requests.get(i), "[" + i + "].", bounds);
        }
        bounds.throwIfExceeded();
    }

    /** The bounds of one council's request: its sheets, and the answers of each sheet. */
    private void check(ScoreRequest request, String prefix, Bounds bounds) {
        if (request == null) {
            return;
        }
        List<vn.ocop.scoring.MemberSheet> sheets = request.sheets();
        if (sheets.size() > limits.maxSheets()) {
            bounds.add(prefix + "sheets", "reason.scoring.at-most", limits.maxSheets(), sheets.size());
        }
        for (int i = 0; i < sheets.size(); i++) {
            vn.ocop.scoring.MemberSheet sheet = sheets.get(i);
            if (sheet != null && sheet.answers().size() > limits.maxAnswers()) {
                bounds.add(prefix + "sheets[" + i + "].answers", "reason.scoring.at-most", limits.maxAnswers(),
                        sheet.answers().size());
            }
        }
    }

    /** Bounds exceeded so far: at most {@link ScoringLimits#maxProblems()} kept, all counted. */
    private final class Bounds {
        private final List<ScoringLimitException.Exceeded> kept = new ArrayList<>();
        private long total;

        void add(String field, String reasonKey, long max, long sent) {
            total++;
            if (kept.size() < limits.maxProblems()) {
                kept.add(new ScoringLimitException.Exceeded(field, reasonKey, max, sent));
            }
        }

        void throwIfExceeded() {
            if (total > 0) {
                invalid.increment();
                throw new ScoringLimitException(kept, total);
            }
        }
    }

    /** The {@code detail} query parameter: {@code summary} (default) or {@code full}, any case; else 400. */
    static Detail detail(String value) {
        if (value == null || value.isBlank()) {
            return Detail.SUMMARY;
        }
        try {
            return Detail.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("detail", "reason.invalid-value", value);
        }
    }

    private void count(ScoreResult result) {
        if (result.stars() >= 1 && result.stars() <= 5) {
            byTier[result.stars()].increment();
        }
    }
}
