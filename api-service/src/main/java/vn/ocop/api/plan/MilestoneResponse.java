package vn.ocop.api.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan milestone as stored. */
@Schema(name = "MilestoneResponse")
public record MilestoneResponse(
        @Schema(example = "5") Long id,
        @Schema(example = "Đăng ký ý tưởng sản phẩm") String title,
        @Schema(example = "2024-04-01") LocalDate startsOn,
        @Schema(example = "2024-05-31") LocalDate dueOn,
        LocalDate doneOn,
        String note) {
}
