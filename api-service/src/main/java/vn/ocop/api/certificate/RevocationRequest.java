package vn.ocop.api.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.process.Level;

/** Revocation (thu hồi) of a certificate by the level that recognises its tier, with a ground and a date. */
@Schema(name = "RevocationRequest")
public record RevocationRequest(
        @Schema(example = "PRODUCTION_STOPPED") @NotNull RevocationGround ground,
        @Schema(description = "In force until the day before; from the issue date to today", example = "2026-03-02")
        @NotNull LocalDate revokedOn,
        @Schema(description = "Level of the revoking body: the level that recognises this tier under the rules in force",
                example = "PROVINCE") @NotNull Level revokingLevel,
        @Schema(example = "UBND tỉnh Quảng Ngãi") @NotBlank @Size(max = 255) String revokingBody,
        @Schema(example = "Chủ thể đã ngừng sản xuất từ tháng 12/2025") @Size(max = 1000) String note) {
}
