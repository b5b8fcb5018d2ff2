package vn.ocop.api.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a dossier is returned to the producer for supplement (trả lại để bổ sung). */
@Schema(name = "ReturnRequest")
public record ReturnRequest(
        @Schema(example = "Thiếu phiếu kết quả kiểm nghiệm") @NotBlank @Size(max = 2000) String reason) {
}
