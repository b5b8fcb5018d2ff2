package vn.ocop.api.product;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.export.TabularWriter;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.FullUpdate;
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


    private final ProductService service;
    private final Today today;
    private final ProductCodeService codes;
    private final ProductExport export;

    public ProductResource(ProductService service, ProductCodeService codes, ProductExport export, Today today) {
        this.export = export;
        this.today = today;
        this.service = service;
        this.codes = codes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularWriter.CSV, TabularWriter.XLSX})
    @Operation(summary = "List products, filtered, sorted and paged, with the total; or export them as CSV or XLSX",
            description = "JSON (the default) is one page. Accept: text/csv or the XLSX type instead gives a file "
                    + "(attachment products.csv / products.xlsx) of ALL products matching the same filters and "
                    + "visible to the caller, in id order; page, size and sort are then ignored. CSV is UTF-8 with a "
                    + "byte order mark. Columns: " + ProductExport.COLUMNS)
    @APIResponse(responseCode = "200", description = "One page of products, or the export file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductPage.class)),
                    @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularWriter.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@BeanParam ProductFilter filter, @Valid @BeanParam PageQuery page,
            @Context HttpHeaders headers) {
        TabularWriter.Format format = TabularWriter.requested(headers);
        if (format != null) {
            return export.response(filter, format);
        }
        return Response.ok(service.list(filter, page)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a product (with its ETag)")
    @APIResponse(responseCode = "200", description = "The product; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
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
            + "stage set only by the evaluation workflow, a server-owned field (productCode, currentStars...)")
    public Response create(@Valid @NotNull ProductRequest request, @Context UriInfo uri) {
        ProductResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).tag(ETags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @CustomDeserialization(FullUpdate.class)
    @Operation(summary = "Replace a product's editable fields (needs If-Match)",
            description = "Every field of ProductRequest must be present (null clears an optional one; 400 names an "
                    + "absent field). The official code is not among them: see /products/{id}/product-code.")
    @APIResponse(responseCode = "200", description = "Updated; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "409", description = "A concurrent update won")
    public Response update(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductRequest request) {
        ProductResponse updated = service.update(id, ETags.expectedVersion(ifMatch), request);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a product that never had a certificate or a dossier (needs If-Match)",
            description = "Its official code, if any, stays in the register: the sequence is never issued again.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The product has certificates, dossiers or other records "
            + "referring to it")
    public Response delete(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
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
    @APIResponse(responseCode = "409", description = "The product already has a code, or its area is not a commune "
            + "of the 2025 map")
    public Response assignCode(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(description = "Year of the code; this year (Vietnam time) when absent", example = "2025")
            @QueryParam("year") @Min(2018) @Max(2100) Integer year,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        int codeYear = year != null ? year : today.date().getYear();
        ProductResponse updated = codes.assign(id, ETags.expectedVersion(ifMatch), codeYear);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @Path("/{id}/product-code")
    @CustomDeserialization(FullUpdate.class)
    @Operation(summary = "Record an official product code issued earlier (needs If-Match)",
            description = "For codes issued before this system (paper decisions, older form with a district). The "
                    + "code must name the product's units, and its sequence must never have been issued in that "
                    + "commune and year; the product must have no code.")
    @APIResponse(responseCode = "200", description = "The product with the code; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad code format, code not matching the product's area, or "
            + "malformed If-Match")
    @APIResponse(responseCode = "409", description = "The product already has a code, or the code (its sequence) "
            + "was issued before")
    public Response recordCode(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductCodeRequest request) {
        ProductResponse updated = codes.record(id, ETags.expectedVersion(ifMatch), request.productCode());
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @Path("/{id}/product-code")
    @Operation(summary = "Withdraw a product's official code (needs If-Match)",
            description = "The product has no code afterwards. The code stays in the register: its sequence is never "
                    + "issued again, and the next assignment in the commune and year takes the one after the highest.")
    @APIResponse(responseCode = "200", description = "The product without a code; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "409", description = "The product has no code")
    public Response withdrawCode(@Parameter(description = "Product id", example = "101") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        ProductResponse updated = codes.withdraw(id, ETags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }
}
