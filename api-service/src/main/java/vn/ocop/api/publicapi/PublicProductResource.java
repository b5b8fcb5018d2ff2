package vn.ocop.api.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.web.PageQuery;

/** The public list of OCOP-certified products (sản phẩm OCOP còn hiệu lực), for buyers and front-ends. */
@Path("/api/v1/public/products")
@Tag(name = "Public")
@PermitAll
public class PublicProductResource {

    private final PublicProductService service;
    private final PublicCaching caching;

    public PublicProductResource(PublicProductService service, PublicCaching caching) {
        this.service = service;
        this.caching = caching;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List products with a certificate valid today",
            description = "Ordered by stars (highest first), then product name. Always current: Cache-Control "
                    + "public, no-cache (revalidate with the ETag in If-None-Match; 304 when unchanged).")
    @APIResponse(responseCode = "200", description = "One page of certified products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicProductPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response list(
            @Parameter(description = "Words of the product name; diacritics and case are ignored", example = "o mai mo")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Official province code", example = "19")
            @QueryParam("provinceCode") @Pattern(regexp = "^[0-9]{2}$") String provinceCode,
            @Parameter(description = "Product group", example = "FOOD")
            @QueryParam("group") @Pattern(regexp = "^[A-Z_]{2,32}$") String group,
            @Parameter(description = "Exact number of stars, 3 to 5", example = "4")
            @QueryParam("stars") @Min(3) @Max(5) Integer stars,
            @Parameter(description = "Page index, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, 1 to 200", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size,
            @Context Request request) {
        return caching.json(service.list(q, provinceCode, group, stars, page, size), request);
    }

    /** OpenAPI shape of the page (the generic PageResponse has no concrete item type). */
    @Schema(name = "PublicProductPage")
    public record PublicProductPage(java.util.List<PublicProduct> items, long total, int page, int size) {
    }
}
