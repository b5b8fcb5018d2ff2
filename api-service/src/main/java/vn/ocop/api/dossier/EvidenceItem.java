package vn.ocop.api.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attached evidence file (minh chứng) as sent and shown by the API. */
@Schema(name = "Evidence")
public record EvidenceItem(
        @Schema(example = "BUSINESS_LICENCE") @NotBlank @Size(max = 60) String type,
        @Schema(example = "giay-phep-kinh-doanh.pdf") @NotBlank @Size(max = 255) String fileName,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        @NotBlank @Pattern(regexp = "^[0-9a-f]{64}$") String sha256,
        @Schema(example = "482113") @NotNull @PositiveOrZero Long sizeBytes) {
}
