package vn.ocop.api.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** How often the public verified a certificate, per day: for officials of its area. */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
@Path("/api/v1/certificates/{id}/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class VerificationCountResource {

    private final VerificationCountService service;

    public VerificationCountResource(VerificationCountService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Public verifications of a certificate per day (QR scans and look-ups)",
            description = "Counts of GET /v/{number} and GET /api/v1/public/certificates/{number} per day in Vietnam "
                    + "time; no address or other trace of who checked is kept. Counted in memory and written about "
                    + "once a minute, so the last minute may be missing. Officers of the certificate's area only.")
    @APIResponse(responseCode = "200", description = "Counts per day",
            content = @Content(schema = @Schema(implementation = VerificationCountsResponse.class)))
    public VerificationCountsResponse perDay(@Parameter(description = "Certificate id") @PathParam("id") long id,
            @Parameter(description = "First day (default: 29 days before 'to')", schema = @Schema(implementation = LocalDate.class))
            @QueryParam("from") String from,
            @Parameter(description = "Last day (default today); at most 366 days after 'from'", schema = @Schema(implementation = LocalDate.class))
            @QueryParam("to") String to) {
        return service.perDay(id, QueryValues.parseDate(from, "from"), QueryValues.parseDate(to, "to"));
    }
}
