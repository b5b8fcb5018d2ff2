package vn.ocop.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan activity; producerIds (the producers trained) only for TRAINING_CLASS. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @Schema(example = "TRAINING_CLASS") @NotNull ActivityKind kind,
        @Schema(example = "Lớp tập huấn kiến thức OCOP cho chủ thể") @NotBlank @Size(max = 500) String title,
        @Schema(example = "2024-06-15") @NotNull LocalDate heldOn,
        @Schema(example = "Hội trường UBND huyện Sơn Hà") @Size(max = 500) String place,
        @Schema(example = "30") @PositiveOrZero Integer participants,
        @Schema(description = "Producers trained (training classes only)", example = "[12, 15]")
        @Size(max = 1000) List<@NotNull Long> producerIds,
        @Size(max = 2000) String note) {
}
