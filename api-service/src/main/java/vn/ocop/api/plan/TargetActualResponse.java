package vn.ocop.api.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded actual as stored: the figure, the day, the note and who recorded it when. */
@Schema(name = "TargetActual")
public record TargetActualResponse(
        @Schema(example = "5") long id,
        @Schema(example = "21") long targetId,
        @Schema(example = "1") BigDecimal amount,
        @Schema(example = "2023-05-12") LocalDate achievedOn,
        String note,
        @Schema(example = "canbo.haso") String recordedBy,
        Instant recordedAt) {

    static TargetActualResponse of(TargetActual a) {
        return new TargetActualResponse(a.id, a.target.id, a.amount, a.achievedOn, a.note, a.recordedBy, a.createdAt);
    }
}
