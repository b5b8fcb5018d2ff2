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

    public ScoringPreviewService(MeterRegistry registry) {
        this.engine = new ScoringEngine();
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
