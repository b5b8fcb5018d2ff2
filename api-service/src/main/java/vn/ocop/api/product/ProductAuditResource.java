package vn.ocop.api.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.audit.AuditEntryResponse;
import vn.ocop.api.audit.AuditQueryService;
import vn.ocop.api.security.Roles;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;

/**
 * The audit log of one product. A resource of its own under the product's path, so that it is matched before
 * the products resource (Jakarta REST picks the class with the longest literal path first).
 */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
@Path("/api/v1/products/{productId}/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who changed what and when (nhật ký thao tác)")
public class ProductAuditResource {

    private final AuditQueryService audit;
    private final ProductService products;

    public ProductAuditResource(AuditQueryService audit, ProductService products) {
        this.audit = audit;
        this.products = products;
    }

    @GET
    @Operation(summary = "Audit log of one product: its dossiers, results, decisions and certificates")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    public PageResponse<AuditEntryResponse> forProduct(
            @Parameter(description = "Product id", example = "12") @PathParam("productId") long productId,
            @Valid @BeanParam PageQuery page) {
        products.get(productId); // 404 unless the caller may see the product
        return audit.forProduct(productId, page);
    }
}
