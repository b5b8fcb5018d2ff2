package vn.ocop.api.plan;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.ocop.api.common.web.FullUpdate;
import vn.ocop.api.security.Roles;

/**
 * Milestones (mốc thời gian) of a plan. The ETag of every answer is the plan's version: a change here moves the
 * whole plan's version on.
 */
@Path("/api/v1/plans/{planId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
public class PlanMilestoneResource {

    private final PlanMilestoneService service;

    public PlanMilestoneResource(PlanMilestoneService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the milestones of a plan")
    @APIResponse(responseCode = "200", description = "The milestones, oldest first; ETag is the plan's version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneResponse.class)))
    public Response list(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId) {
        return PlanPartResponses.ok(service.list(planId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one milestone of a plan")
    @APIResponse(responseCode = "200", description = "The milestone; ETag is the plan's version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response get(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Milestone id", example = "21") @PathParam("id") long id) {
        return PlanPartResponses.ok(service.get(planId, id));
    }

    @POST
    @Operation(summary = "Add a milestone to a plan (If-Match optional: checked when sent)")
    @APIResponse(responseCode = "201", description = "Created; ETag is the plan's new version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response create(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of the plan as read (optional)", example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid MilestoneRequest request, @Context UriInfo uri) {
        PlanVersioned<MilestoneResponse> part = service.create(planId, PlanPartResponses.optionalVersion(ifMatch), request);
        return PlanPartResponses.created(uri, part.value().id(), part);
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path("/{id}")
    @Operation(summary = "Replace a milestone of a plan (If-Match with the plan's ETag required)")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the plan's new version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response update(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Milestone id", example = "21") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, description = "ETag of the plan as read",
                    example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid MilestoneRequest request) {
        return PlanPartResponses.ok(service.update(planId, id, ETags.expectedVersion(ifMatch), request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a milestone from a plan (If-Match with the plan's ETag required)")
    @APIResponse(responseCode = "204", description = "Removed; ETag is the plan's new version",
            headers = @Header(name = "ETag", description = "Version of the plan"))
    public Response delete(@Parameter(description = "Plan id", example = "7") @PathParam("planId") long planId,
            @Parameter(description = "Milestone id", example = "21") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, description = "ETag of the plan as read",
                    example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return PlanPartResponses.removed(service.delete(planId, id, ETags.expectedVersion(ifMatch)));
    }
}
