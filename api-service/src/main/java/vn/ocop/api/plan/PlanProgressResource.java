package vn.ocop.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** Live progress of a plan's targets. */
@Path("/api/v1/plans/{planId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
public class PlanProgressResource {

    private final PlanProgressService service;

    public PlanProgressResource(PlanProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Compute each target's actual value from the data, with the percentage done",
            description = "Counts in the plan's area and its sub-areas, from 1 January of the plan year to "
                    + "31 December (or asOf when earlier). Certificates revoked by then do not count.")
    @APIResponse(responseCode = "200", description = "Progress per target",
            content = @Content(schema = @Schema(implementation = PlanProgressResponse.class)))
    public PlanProgressResponse progress(
            @Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Count up to this day (default: end of the plan year)", example = "2024-06-30")
            @QueryParam("asOf") String asOf) {
        return service.progress(planId, QueryValues.parseDate(asOf, "asOf"));
    }

}
