package vn.ocop.api.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.MarkCheck;
import vn.ocop.scoring.PartTotal;
import vn.ocop.scoring.PathToNextStar;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;

/**
 * A council's result as the dossier's producer reads it (kết quả đánh giá gửi chủ thể): the council's numbers and
 * the explanation, but no member's sheet, id, answers or total. While the council is still scoring only the status
 * is given (no interim numbers).
 */
@Schema(name = "ProducerEvaluationResult")
public record ProducerResultResponse(
        long roundId,
        long dossierId,
        boolean finalResult,
        String ruleSetId,
        Level level,
        Instant closedAt,
        @Schema(description = "Council average (2 decimals); absent until final") BigDecimal average,
        List<PartTotal> partTotals,
        Integer band,
        Integer stars,
        Boolean certifiable,
        List<MarkCheck> marks,
        List<MarkCheck> missedMarks,
        NextStep nextStep,
        @Schema(description = "Per criterion: the council value and the maximum (no member answers)")
        List<Criterion> criteria,
        PathToNextStar cheapestPathToNextStar) {

    /** How the council scored one criterion, without who answered what. */
    @Schema(name = "ProducerCriterionResult")
    public record Criterion(String code, String part, String nameVi, String nameEn, BigDecimal max,
                            BigDecimal councilValue) {
    }

    static ProducerResultResponse of(RoundDossier entry, ScoreResult result) {
        if (result == null) {
            return new ProducerResultResponse(entry.round.id, entry.dossier.id, false, entry.ruleSetId, entry.round.level,
                    null, null, null, null, null, null, null, null, null, null, null);
        }
        List<Criterion> criteria = result.criteria() == null ? List.of() : result.criteria().stream()
                .map(c -> new Criterion(c.code(), c.part(), c.nameVi(), c.nameEn(), c.max(), c.councilValue())).toList();
        return new ProducerResultResponse(entry.round.id, entry.dossier.id, true, entry.ruleSetId, entry.round.level,
                entry.closedAt, result.average(), result.partTotals(), result.band(), result.stars(),
                result.certifiable(), result.marks(), result.missedMarks(), result.nextStep(), criteria,
                result.cheapestPathToNextStar());
    }
}
