package vn.ocop.api.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commune's findings on the four dossier items (Form 03) and its proposal to the province. */
@Schema(name = "CommuneAssessment")
public record CommuneAssessmentRequest(
        @Schema(example = "2025-09-15") @NotNull LocalDate assessedOn,
        @Schema(example = "Nguyên liệu hoa hồng trồng tại xã Tân Kỳ") @NotBlank @Size(max = 2000) String rawMaterialOrigin,
        @Schema(example = "12 lao động địa phương") @NotBlank @Size(max = 2000) String localLabour,
        @Schema(example = "Ý tưởng của hợp tác xã") @NotBlank @Size(max = 2000) String ideaOrigin,
        @Schema(example = "Bí quyết sao chè truyền thống") @NotBlank @Size(max = 2000) String localIdentity,
        @Schema(example = "Đề nghị tỉnh đánh giá lại") @Size(max = 2000) String proposal) {
}
