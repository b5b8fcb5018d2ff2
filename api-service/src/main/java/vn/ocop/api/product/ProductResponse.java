package vn.ocop.api.product;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored product. {@code version} is also sent as the ETag. */
@Schema(name = "ProductResponse")
public record ProductResponse(
        @Schema(example = "101") Long id,
        @Schema(example = "Ô mai mơ gừng mặn ngọt") String name,
        @Schema(example = "12") Long producerId,
        @Schema(example = "Hợp tác xã Đoàn Kết") String producerName,
        @Schema(example = "FOOD_PROC_PRODUCE") String productSetCode,
        @Schema(description = "Product group of the set: FOOD, DRINK, HERBAL, CRAFT, ORNAMENTAL or TOURISM",
                example = "FOOD") String productGroup,
        @Schema(example = "IN_DEVELOPMENT") ProductStage stage,
        @Schema(example = "25-07570-003-2025") String productCode,
        @Schema(example = "412") Long areaId,
        @Schema(example = "Xã Sơn Hà") String areaName,
        @Schema(description = "Ids from the province down to the area", example = "/3/412/") String areaPath,
        String description,
        @Schema(description = "Stars of the product's current certificate (read-only; kept by the evaluation "
                + "workflow); in force while the stage is CERTIFIED", example = "3") Integer currentStars,
        @Schema(description = "The product's current certificate (read-only)", example = "7") Long currentCertificateId,
        @Schema(description = "Row version, also the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The product as shown on {@code today}: its stage derived ({@link ProductStage#shown}). */
    static ProductResponse of(Product p, LocalDate today) {
        return new ProductResponse(p.id, p.name, p.producer.id, p.producer.name, p.productSetCode, p.productGroup,
                ProductStage.shown(p, today), p.productCode, p.area.id, p.area.name, p.areaPath, p.description, p.currentStars,
                p.currentCertificateId, p.version, p.createdAt, p.updatedAt);
    }
}
