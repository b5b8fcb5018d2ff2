package vn.ocop.api.plan;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.FullUpdate;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.security.Roles;

/** Plans (kế hoạch OCOP) of areas and years. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Annual OCOP plans (kế hoạch) with targets, milestones, activities and progress")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
public class PlanResource {

    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List plans of an area (and its sub-areas) and/or a year, one page")
    @APIResponse(responseCode = "200", description = "One page of plans with the total",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    public PageResponse<PlanSummaryResponse> list(
            @Parameter(description = "Area id; plans of its sub-areas are included", example = "3")
            @QueryParam("areaId") Long areaId,
            @Parameter(description = "Plan year", example = "2024")
            @QueryParam("year") @Min(PlanRequest.MIN_YEAR) @Max(PlanRequest.MAX_YEAR) Integer year,
            @Parameter(description = "Sort fields: year, number, issuedOn, title, id (default -year,number)")
            @Valid @BeanParam PageQuery request) {
        return service.list(areaId, year, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a plan with its targets, milestones and activities")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response get(@Parameter(description = "Plan id", example = "7") @PathParam("id") long id) {
        PlanResponse plan = service.get(id);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }

    @POST
    @Operation(summary = "Create a plan")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response create(@NotNull @Valid PlanRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        PlanResponse plan = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .entity(plan).tag(ETags.of(plan.version())).build();
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path("/{id}")
    @Operation(summary = "Replace a plan's own fields (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            headers = @Header(name = "ETag", description = "Version of the plan"),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response update(@Parameter(description = "Plan id", example = "7") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, description = "ETag of the plan as read", example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequest request) {
        PlanResponse plan = service.update(id, ETags.expectedVersion(ifMatch), request);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a plan with its targets, milestones and activities (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "Plan id", example = "7") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, description = "ETag of the plan as read", example = "\"3\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
