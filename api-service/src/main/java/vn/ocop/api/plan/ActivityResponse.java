package vn.ocop.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan activity as stored. */
@Schema(name = "ActivityResponse")
public record ActivityResponse(
        @Schema(example = "9") Long id,
        @Schema(example = "TRAINING_CLASS") ActivityKind kind,
        String title,
        @Schema(example = "2024-06-15") LocalDate heldOn,
        String place,
        @Schema(example = "30") Integer participants,
        List<Long> producerIds,
        String note) {
}
