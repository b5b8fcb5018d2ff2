package vn.ocop.api.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.export.TabularWriter;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** Certificates (giấy chứng nhận OCOP): lists for the calendar, and revocation. */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "OCOP certificates: validity, expiry, revocation")
public class CertificateResource {

    private final CertificateService service;
    private final CertificateExport export;

    public CertificateResource(CertificateService service, CertificateExport export) {
        this.service = service;
        this.export = export;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularWriter.CSV, TabularWriter.XLSX})
    @Operation(summary = "List certificates: expiring in the next N days, expired without re-evaluation, by product "
            + "or area; or export them as CSV or XLSX",
            description = "JSON (the default) is one page. Accept: text/csv or the XLSX type instead gives a file "
                    + "(attachment certificates.csv / certificates.xlsx) of ALL certificates matching the same "
                    + "filters and visible to the caller, in id order, with their standing on asOf; page, size and "
                    + "sort are then ignored. CSV is UTF-8 with a byte order mark. Columns: " + CertificateExport.COLUMNS)
    @APIResponse(responseCode = "200", description = "One page of certificates, or the export file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificatePage.class)),
                    @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularWriter.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(
            @Parameter(description = "Product id") @QueryParam("productId") Long productId,
            @Parameter(description = "Area id: certificates of products in this area and below") @QueryParam("areaId") Long areaId,
            @Parameter(description = "Stars") @QueryParam("stars") @Min(3) @Max(5) Integer stars,
            @Parameter(description = "Stored status", schema = @Schema(implementation = CertificateStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Valid certificates expiring within this many days of asOf", example = "90")
            @QueryParam("expiringWithinDays") @Min(0) @Max(3650) Integer expiringWithinDays,
            @Parameter(description = "Only expired certificates whose product has no open dossier")
            @QueryParam("expiredWithoutReEvaluation") @DefaultValue("false") boolean expiredWithoutReEvaluation,
            @Parameter(description = "Day the states are computed for (default today)", example = "2026-09-01",
                    schema = @Schema(implementation = LocalDate.class))
            @QueryParam("asOf") String asOf,
            @Valid @BeanParam PageQuery page,
            @Context HttpHeaders headers) {
        CertificateService.Filter filter = new CertificateService.Filter(productId, areaId, stars,
                QueryValues.parseEnum(CertificateStatus.class, status, "status"), expiringWithinDays,
                expiredWithoutReEvaluation, QueryValues.parseDate(asOf, "asOf"));
        TabularWriter.Format format = TabularWriter.requested(headers);
        if (format != null) {
            return export.response(filter, format);
        }
        return Response.ok(service.list(filter, page)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a certificate")
    @APIResponse(responseCode = "200", description = "The certificate with its ETag", content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    public Response get(@Parameter(description = "Certificate id") @PathParam("id") long id,
            @Parameter(description = "Day the state is computed for (default today)", schema = @Schema(implementation = LocalDate.class)) @QueryParam("asOf") String asOf) {
        CertificateResponse c = service.get(id, QueryValues.parseDate(asOf, "asOf"));
        return Response.ok(c).tag(ETags.of(c.version())).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE})
    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a valid certificate with a ground and a date")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "409", description = "Not valid (already revoked or superseded)")
    public Response revoke(@Parameter(description = "Certificate id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the certificate", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull RevocationRequest request) {
        CertificateResponse c = service.revoke(id, ETags.expectedVersion(ifMatch), request);
        return Response.ok(c).tag(ETags.of(c.version())).build();
    }
}
