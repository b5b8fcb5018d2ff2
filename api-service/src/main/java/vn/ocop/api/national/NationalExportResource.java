package vn.ocop.api.national;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.export.TabularWriter;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** The national shapes (PTNT_OCOP, the national OCOP portal) of the certificates in force, for hand-over. */
@Path("/api/v1/exports")
@Produces({MediaType.APPLICATION_JSON, TabularWriter.CSV, TabularWriter.XLSX})
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
@Tag(name = "Exports", description = "Data handed on to national systems, in their shapes")
public class NationalExportResource {

    private final NationalExport export;

    public NationalExportResource(NationalExport export) {
        this.export = export;
    }

    @GET
    @Path("/ptnt-ocop")
    @Operation(summary = "The PTNT_OCOP rows (agriculture summary database, MAE decision 5277/QĐ-BNNMT) of the "
            + "certificates in force",
            description = "One row per certificate in force on the reporting day (31 December of the year, or today "
                    + "while it runs) in the area and below, within the caller's scope. Columns: MA_OCOP (certificate "
                    + "id), Ma_DonViHanhChinh (5-digit commune code, else the 2-digit province code), Ma_ThoiGian "
                    + "(the year), Ma_SanPham (product code T-X-STT-YYYY), TenSanPham, XepHang (3*, 4*, 5*), "
                    + "ChuTheSXKD, DoanhThuNam (empty: not recorded), TrangThai (standing). The mapping of the "
                    + "decision is unconfirmed: see docs/integration.md. JSON by default, CSV or XLSX by Accept.")
    @APIResponse(responseCode = "200", description = "The rows", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalRows.class)),
            @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TabularWriter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response ptntOcop(
            @Parameter(description = "Area id: certificates of products in this area and below") @QueryParam("areaId") String areaId,
            @Parameter(description = "Reporting year (default: this year, to today)", example = "2025") @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        return respond(NationalShape.PTNT_OCOP, areaId, year, headers);
    }

    @GET
    @Path("/national-portal")
    @Operation(summary = "The national OCOP portal's public product records of the certificates in force",
            description = "One record per certificate in force on the reporting day in the area and below, within "
                    + "the caller's scope: productName, stars, certificateNumber, issuedOn, expiresOn, "
                    + "manufacturerName, representative, address, phone, email, with productCode, provinceCode and "
                    + "communeCode. JSON by default, CSV or XLSX by Accept.")
    @APIResponse(responseCode = "200", description = "The records", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalRows.class)),
            @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TabularWriter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response nationalPortal(
            @Parameter(description = "Area id: certificates of products in this area and below") @QueryParam("areaId") String areaId,
            @Parameter(description = "Reporting year (default: this year, to today)", example = "2025") @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        return respond(NationalShape.NATIONAL_PORTAL, areaId, year, headers);
    }

    private Response respond(NationalShape shape, String areaId, String year, HttpHeaders headers) {
        Long area = QueryValues.parseLong(areaId, "areaId");
        return export.response(shape, area, export.reportingDay(QueryValues.parseLong(year, "year")),
                TabularWriter.requested(headers));
    }
}
