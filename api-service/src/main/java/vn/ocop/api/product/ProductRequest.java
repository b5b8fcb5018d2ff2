package vn.ocop.api.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as sent by a client, for create (POST) and full update (PUT, every field present). The official code,
 * stars and certificate are not here: the code changes only through /products/{id}/product-code and the
 * evaluation workflow keeps the rest; a body that sends them is refused naming the field.
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

        @Schema(description = "OCOP cycle stage. A client sets only IDEA_REGISTERED, BUSINESS_PLAN or IN_DEVELOPMENT, "
                + "and moves a product only while it is at one of them; later stages belong to the evaluation "
                + "workflow (a full update sends the stage as read, which is accepted unchanged). Optional on create: "
                + "IDEA_REGISTERED when absent", example = "IN_DEVELOPMENT")
        ProductStage stage,

        @Schema(description = "Administrative unit where the product is made; the producer's area when absent",
                example = "412")
        Long areaId,

        @Size(max = 2000)
        @Schema(description = "Free description", example = "Ô mai làm từ mơ rừng Hương Sơn, vị mặn ngọt, thơm gừng")
        String description) {
}
