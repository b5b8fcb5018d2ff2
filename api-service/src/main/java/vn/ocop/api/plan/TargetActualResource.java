package vn.ocop.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.security.Roles;

/**
 * Recorded actuals of a target the data cannot count (kind OTHER). The ETag of every answer is the plan's version.
 */
@Path("/api/v1/plans/{planId}/targets/{targetId}/actuals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
public class TargetActualResource {

    private final TargetActualService service;

    public TargetActualResource(TargetActualService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List what was recorded as done towards a target (kind OTHER)")
    @APIResponse(responseCode = "200", description = "The recorded actuals by day; ETag is the plan's version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TargetActualResponse.class)))
    public Response list(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Target id", example = "21") @PathParam("targetId") long targetId) {
        return PlanPartResponses.ok(service.list(planId, targetId));
    }

    @POST
    @Operation(summary = "Record what was done towards a target the data cannot count (If-Match optional)",
            description = "Only for targets of kind OTHER (409 for the computed kinds); the day must be in the plan "
                    + "year and not after today. Plan progress then shows the sum with basis RECORDED.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the plan's new version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = TargetActualResponse.class)))
    public Response create(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Target id", example = "21") @PathParam("targetId") long targetId,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of the plan as read (optional)", example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid TargetActualRequest request, @Context UriInfo uri) {
        PlanVersioned<TargetActualResponse> actual = service.create(planId, targetId,
                PlanPartResponses.optionalVersion(ifMatch), request);
        return PlanPartResponses.created(uri, actual.value().id(), actual);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a recorded actual (If-Match with the plan's ETag required)")
    @APIResponse(responseCode = "204", description = "Removed; ETag is the plan's new version",
            headers = @Header(name = "ETag", description = "Version of the plan"))
    public Response delete(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Target id", example = "21") @PathParam("targetId") long targetId,
            @Parameter(description = "Recorded actual id", example = "5") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, description = "ETag of the plan as read",
                    example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return PlanPartResponses.removed(service.delete(planId, targetId, id, ETags.expectedVersion(ifMatch)));
    }
}
