package vn.ocop.api.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision on a final result. Recognition needs the deciding body and decision number. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(example = "RECOGNISE") @NotNull DecisionKind kind,
        @Schema(description = "Stars recognised (default: the tier the level may recognise on this result)", example = "3")
        @Min(3) @Max(5) Integer stars,
        @Schema(description = "Reasons (required when not recognised)", example = "Không đạt tiêu chí bắt buộc 3 sao")
        @Size(max = 2000) String reasons,
        @Schema(example = "UBND huyện Sơn Hà") @Size(max = 255) String decidingBody,
        @Schema(example = "1234/QĐ-UBND") @Size(max = 60) String decisionNumber,
        @Schema(description = "Date of the decision; the certificate is valid from it. Not after today, not before"
                + " the round's first day", example = "2024-11-28") @NotNull LocalDate decisionDate,
        @Schema(description = "Certificate number; generated when absent", example = "OCOP-2024-0042")
        @Size(max = 60) String certificateNumber) {
}
