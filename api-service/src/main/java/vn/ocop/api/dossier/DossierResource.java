package vn.ocop.api.dossier;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;
import vn.ocop.scoring.process.Level;

/**
 * Dossiers (hồ sơ đánh giá) and their steps before the council. Read by every role within its reach (officers by
 * area, producers their own, council members those of their rounds); the steps by the roles named on each.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.COUNCIL, Roles.PRODUCER})
@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "A product's application for evaluation: new, re-evaluation or upgrade")
public class DossierResource {

    private final DossierService service;

    public DossierResource(DossierService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
    @POST
    @Operation(summary = "File a dossier (draft); re-evaluations and upgrades copy the last dossier")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "The product already has an open dossier, or the type does not fit its certificates")
    public Response create(@Valid @NotNull DossierRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        DossierResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(summary = "List dossiers (a level's queue: queueLevel and status)")
    @APIResponse(responseCode = "200", description = "One page of dossiers")
    public PageResponse<DossierResponse> list(
            @Parameter(description = "Product id") @QueryParam("productId") Long productId,
            @Parameter(description = "Status", schema = @Schema(implementation = DossierStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Level whose queue holds the dossier", schema = @Schema(implementation = Level.class)) @QueryParam("queueLevel") String queueLevel,
            @Parameter(description = "Area id: products in this area and its sub-areas") @QueryParam("areaId") Long areaId,
            @Valid @BeanParam PageQuery page) {
        return service.list(productId, QueryValues.parseEnum(DossierStatus.class, status, "status"),
                QueryValues.parseEnum(Level.class, queueLevel, "queueLevel"), areaId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a dossier")
    @APIResponse(responseCode = "200", description = "The dossier, with its ETag",
            content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    public Response get(@Parameter(description = "Dossier id") @PathParam("id") long id) {
        return ok(service.get(id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path("/{id}")
    @Operation(summary = "Change a draft or returned dossier (self-assessment, evidence, note)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Not editable in its status")
    public Response update(@Parameter(description = "Dossier id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the dossier", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull DossierUpdateRequest request) {
        return ok(service.update(id, ETags.expectedVersion(ifMatch), request));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a draft or returned dossier")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Wrong status")
    public Response submit(@Parameter(description = "Dossier id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the dossier", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.submit(id, ETags.expectedVersion(ifMatch)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.COMMUNE})
    @POST
    @Path("/{id}/commune-assessment")
    @Operation(summary = "Record the commune's assessment of the four items and forward the dossier")
    @APIResponse(responseCode = "200", description = "Assessed and forwarded", content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Wrong status")
    public Response assess(@Parameter(description = "Dossier id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the dossier", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull CommuneAssessmentRequest request) {
        return ok(service.assessAtCommune(id, ETags.expectedVersion(ifMatch), request));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return a dossier to the producer for supplement, with the reason")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Wrong status")
    public Response returnForSupplement(@Parameter(description = "Dossier id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the dossier", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ReturnRequest request) {
        return ok(service.returnForSupplement(id, ETags.expectedVersion(ifMatch), request));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw a dossier (not while a council evaluates it)")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "409", description = "Wrong status")
    public Response withdraw(@Parameter(description = "Dossier id") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the dossier", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.withdraw(id, ETags.expectedVersion(ifMatch)));
    }

    private static Response ok(DossierResponse dossier) {
        return Response.ok(dossier).tag(ETags.of(dossier.version())).build();
    }
}
