package vn.ocop.api.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** A plan target as stored. */
@Schema(name = "TargetResponse")
public record TargetResponse(
        @Schema(example = "21") Long id,
        @Schema(example = "CUMULATIVE_AT_LEAST_STARS") TargetKind kind,
        String label,
        @Schema(example = "3") Integer minStars,
        Integer fromStars,
        Integer toStars,
        @Schema(example = "FOOD") String productGroup,
        EvaluationType evaluationType,
        @Schema(example = "10") Integer quantity,
        @Schema(example = "12") Integer quantityMax,
        Integer participantsEach,
        @Schema(description = "The products the target names; empty when it counts any product") List<Long> productIds) {
}
