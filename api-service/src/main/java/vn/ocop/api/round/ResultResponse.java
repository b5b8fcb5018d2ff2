package vn.ocop.api.round;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.process.Level;

/**
 * The council's result for a dossier: computed by the engine from the sheets submitted so far, or — once the
 * chair has closed it — the stored final result, which never changes.
 */
@Schema(name = "EvaluationResult")
public record ResultResponse(
        long roundId,
        long dossierId,
        boolean finalResult,
        String ruleSetId,
        Level level,
        int scoringMembers,
        int submittedSheets,
        @Schema(description = "Scoring members who have not submitted a sheet") List<String> missingMembers,
        Instant closedAt,
        String closedBy,
        @Schema(description = "The engine's result; absent while no sheet is submitted") ScoreResult result) {
}
