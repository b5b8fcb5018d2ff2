package vn.ocop.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** Live progress of a plan's targets. */
@Path("/api/v1/plans/{planId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
public class PlanProgressResource {

    private final PlanProgressService service;
    private final PlanProgressExport export;

    public PlanProgressResource(PlanProgressService service, PlanProgressExport export) {
        this.service = service;
        this.export = export;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularWriter.CSV, TabularWriter.XLSX})
    @Operation(summary = "Compute each target's actual value from the data, with the percentage done; or export it "
            + "as CSV or XLSX",
            description = "Counts in the plan's area and its sub-areas, from 1 January of the plan year to "
                    + "31 December (or asOf when earlier). Certificates revoked by then do not count. Accept: "
                    + "text/csv or the XLSX type gives the same figures as a file, one row per target (CSV is UTF-8 "
                    + "with a byte order mark). Columns: " + PlanProgressExport.COLUMNS)
    @APIResponse(responseCode = "200", description = "Progress per target, or the export file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanProgressResponse.class)),
                    @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularWriter.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response progress(
            @Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Count up to this day (default: end of the plan year)", example = "2024-06-30")
            @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        LocalDate day = QueryValues.parseDate(asOf, "asOf");
        TabularWriter.Format format = TabularWriter.requested(headers);
        if (format != null) {
            return export.response(planId, day, format);
        }
        return Response.ok(service.progress(planId, day)).build();
    }

}
