package vn.ocop.api.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.process.Level;

/** A new evaluation round with its council. */
@Schema(name = "EvaluationRoundRequest")
public record RoundRequest(
        @Schema(example = "Đánh giá, phân hạng sản phẩm OCOP huyện Sơn Hà năm 2024") @NotBlank @Size(max = 255) String name,
        @Schema(example = "DISTRICT") @NotNull Level level,
        @Schema(example = "5") @NotNull Long areaId,
        @Schema(description = "By default the rule set in force on startsOn", example = "QD-148-2023") String ruleSetId,
        @Schema(example = "2024-11-04") @NotNull LocalDate startsOn,
        @Schema(description = "Day the results are decided", example = "2024-11-28") @NotNull LocalDate endsOn,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Member> council) {

    /** A council member: chair, member or secretary. */
    @Schema(name = "CouncilMember")
    public record Member(
            @Schema(example = "pho.chu.tich.huyen") @NotBlank @Size(max = 120) String userId,
            @Schema(example = "Nguyễn Văn Hùng") @NotBlank @Size(max = 200) String fullName,
            @Schema(example = "CHAIR") @NotNull CouncilRole role) {
    }
}
