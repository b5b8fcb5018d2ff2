package vn.ocop.api.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every bound of the scoring preview, in one place (issue 9, item 6: 120,000 sheets ran out of memory, 20,000 sheets
 * made a 73 MB error body). Any signed-in role may call the preview, so each bound holds before anything is scored:
 * the body size is checked from {@code Content-Length} before the body is read (413), the counts right after it is
 * read and before the engine runs (400 naming the field and the bound), and an error lists at most
 * {@link #maxProblems()} problems with the count of the rest.
 * <p>
 * The law fixes who sits on a council, not how many: a provincial council is a chair from the People's Committee,
 * members from about ten departments and units, and invited experts (26/2026 Điều 7.3, see
 * {@code /work/shared/domain/rules.md}); {@link #maxSheets()} is far above any real council. A sheet answers each
 * criterion of its product set once (34 at most in the catalogue), so {@link #maxAnswers()} is a sanity bound too.
 */
@ConfigMapping(prefix = "ocop.scoring")
public interface ScoringLimits {

    /** Members' sheets of one council (one request). */
    @WithDefault("50")
    int maxSheets();

    /** Answers on one member's sheet (the largest sheet of the catalogue has 34 criteria). */
    @WithDefault("100")
    int maxAnswers();

    /** Requests of one batch. */
    @WithDefault("200")
    int maxBatch();

    /** Sheets of all the requests of one batch together. */
    @WithDefault("4000")
    int maxBatchSheets();

    /** Requests of one batch with {@code detail=full} (each full answer is about twenty times a summary). */
    @WithDefault("20")
    int maxBatchFull();

    /** Problems listed in an error answer; the rest are counted. */
    @WithDefault("100")
    int maxProblems();

    /** Bytes of the body of one request. */
    @WithDefault("524288")
    long maxBodyBytes();

    /** Bytes of the body of a batch. */
    @WithDefault("8388608")
    long maxBatchBodyBytes();
}
