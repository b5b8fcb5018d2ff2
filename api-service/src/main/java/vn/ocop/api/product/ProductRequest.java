package vn.ocop.api.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as sent by a client, for create (POST) and full update (PUT). Stars and certificate are not here:
 * the evaluation workflow keeps them.
 */
@Schema(name = "ProductRequest")
public record ProductRequest(
        @NotBlank @Size(max = 255)
        @Schema(description = "Product name (tên sản phẩm)", example = "Ô mai mơ gừng mặn ngọt")
        String name,

        @NotNull
        @Schema(description = "Id of the producer (chủ thể) that owns the product; must exist", example = "12")
        Long producerId,

        @NotBlank @Size(max = 64)
        @Schema(description = "Product set code (bộ sản phẩm) of the scoring catalogue; the product group follows "
                + "from it. Accepted when the set exists in any rule set with scoring sheets "
                + "(GET /api/v1/catalogue/rule-sets/{id}/product-sets)", example = "FOOD_PROC_PRODUCE")
        String productSetCode,

        @Schema(description = "OCOP cycle stage. Optional: a new product starts at IDEA_REGISTERED and an update "
                + "without it keeps the stage. CERTIFIED, EXPIRED and REVOKED are set only by the evaluation "
                + "workflow and are refused here (unless unchanged)", example = "IN_DEVELOPMENT")
        ProductStage stage,

        @Size(max = 40)
        @Schema(description = "Official product code (mã sản phẩm): province-commune-sequence-year with 2025 unit "
                + "codes, or the older province-district-commune-sequence-year; unique. Leave empty and use "
                + "POST /api/v1/products/{id}/product-code to have the next sequence assigned",
                example = "25-07570-003-2025")
        String productCode,

        @Schema(description = "Administrative unit where the product is made; the producer's area when absent",
                example = "412")
        Long areaId,

        @Size(max = 2000)
        @Schema(description = "Free description", example = "Ô mai làm từ mơ rừng Hương Sơn, vị mặn ngọt, thơm gừng")
        String description) {
}
