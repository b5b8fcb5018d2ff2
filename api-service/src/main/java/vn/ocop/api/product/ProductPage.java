package vn.ocop.api.product;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of a page of products in the OpenAPI document (the body is a PageResponse of ProductResponse). */
@Schema(name = "ProductPage")
final class ProductPage {

    @Schema(description = "Items of this page")
    public List<ProductResponse> items;

    @Schema(description = "Number of products matching the filter, over all pages", example = "42")
    public long total;

    @Schema(description = "Page index, from 0", example = "0")
    public int page;

    @Schema(description = "Page size", example = "20")
    public int size;

    private ProductPage() {
    }
}
