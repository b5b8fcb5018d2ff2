package vn.ocop.api.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.problem.ProblemDetail;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.security.Roles;

/** Products (sản phẩm OCOP): CRUD, list with filters, automatic product code. */
@Path("/api/v1/products")
@Tag(name = "Products", description = "OCOP products (sản phẩm) of producers, their stage and official code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
public class ProductResource {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProductService service;
    private final ProductCodeService codes;

    public ProductResource(ProductService service, ProductCodeService codes) {
        this.service = service;
        this.codes = codes;
    }

    @GET
    @Operation(summary = "List products, filtered, sorted and paged, with the total")
    @APIResponse(responseCode = "200", description = "One page of products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort parameter",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public PageResponse<ProductResponse> list(@BeanParam ProductFilter filter, @Valid @BeanParam PageQuery page) {
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a product (with its ETag)")
    @APIResponse(responseCode = "200", description = "The product; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "404", description = "No product with this id",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@Parameter(description = "Product id", example = "101") @PathParam("id") long id) {
        ProductResponse product = service.get(id);
        return Response.ok(product).tag(ETags.of(product.version())).build();
    }

    @POST
    @Operation(summary = "Register a product of a producer")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field: unknown producerId, areaId or productSetCode, "
            + "bad productCode format or area mismatch, stage set only by the evaluation workflow",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The product code is used by another product",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(@Valid @NotNull ProductRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ProductResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).tag(ETags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a product's editable fields (needs If-Match)")
    @APIResponse(responseCode = "200", description = "Updated; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field or malformed If-Match",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No product with this id",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The product code is used by another product, or a concurrent "
            + "update won", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "The If-Match version is stale",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public Response update(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductRequest request) {
        ProductResponse updated = service.update(id, ETags.expectedVersion(ifMatch), request);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a product that never had a certificate (needs If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No product with this id",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The product has certificates",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "The If-Match version is stale",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public Response delete(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @Path("/{id}/product-code")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Assign the next official product code of the product's commune for a year (needs If-Match)",
            description = "The code is (province)-(commune)-(next sequence in the commune for the year)-(year) with "
                    + "the 2025 unit codes of the product's area, e.g. 25-07570-003-2025. Concurrent assignments in "
                    + "one commune get distinct sequences.")
    @APIResponse(responseCode = "200", description = "The product with its new code; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or malformed If-Match",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No product with this id",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The product already has a code, or its area is not a commune "
            + "of the 2025 map", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "The If-Match version is stale",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public Response assignCode(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(description = "Year of the code; this year (Vietnam time) when absent", example = "2025")
            @QueryParam("year") @Min(2018) @Max(2100) Integer year,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        int codeYear = year != null ? year : LocalDate.now(VIETNAM).getYear();
        ProductResponse updated = codes.assign(id, ETags.expectedVersion(ifMatch), codeYear);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
