package vn.ocop.api.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An official product code issued earlier (on paper, or by another system), recorded for a product. */
@Schema(name = "ProductCodeRequest")
public record ProductCodeRequest(
        @NotBlank @Size(max = 40)
        @Schema(description = "Official product code (mã sản phẩm): province-commune-sequence-year with 2025 unit "
                + "codes, or the older province-district-commune-sequence-year; it must name the product's units "
                + "and its sequence must never have been issued in that commune and year", example = "25-07570-003-2025")
        String productCode) {
}
