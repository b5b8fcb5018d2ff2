package vn.ocop.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan milestone: what, from when (optional), by when, and when it was done (optional). */
@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
        @Schema(example = "Đăng ký ý tưởng sản phẩm") @NotBlank @Size(max = 500) String title,
        @Schema(example = "2024-04-01") LocalDate startsOn,
        @Schema(example = "2024-05-31") @NotNull LocalDate dueOn,
        @Schema(example = "2024-05-28") LocalDate doneOn,
        @Size(max = 2000) String note) {
}
