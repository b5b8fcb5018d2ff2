package vn.ocop.api.producer;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.export.TabularWriter;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.FullUpdate;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** Producers (chủ thể OCOP): co-operatives, co-operative groups, enterprises, farms, household businesses. */
@Path("/api/v1/producers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Producers", description = "OCOP producers (chủ thể): legal bodies that own products")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
public class ProducerResource {

    static final String EXAMPLE = """
            {
              "name": "Hợp tác xã Đoàn Kết",
              "type": "COOPERATIVE",
              "registrationCode": "4601234567",
              "taxCode": "4601234567",
              "citizenId": null,
              "representativeName": "Nguyễn Thị Hạnh",
              "representativeWoman": true,
              "representativeEthnicMinority": false,
              "addressLine": "Xóm Đồng Tâm",
              "areaId": 14,
              "phone": "0208 3851 234",
              "email": "htx.doanket@example.vn",
              "website": "https://doanket.example.vn"
            }
            """;

    private final ProducerService service;
    private final ProducerExport export;

    public ProducerResource(ProducerService service, ProducerExport export) {
        this.service = service;
        this.export = export;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularWriter.CSV, TabularWriter.XLSX})
    @Operation(summary = "List producers; or export them as CSV or XLSX",
            description = "Paged and sorted; filters combine with AND. JSON (the default) is one page. Accept: "
                    + "text/csv or the XLSX type instead gives a file (attachment producers.csv / producers.xlsx) of "
                    + "ALL producers matching the same filters and visible to the caller, in id order; page, size "
                    + "and sort are then ignored. CSV is UTF-8 with a byte order mark. The citizen id is never "
                    + "exported. Columns: " + ProducerExport.COLUMNS)
    @APIResponse(responseCode = "200", description = "One page of producers, or the export file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProducerPage.class)),
                    @Content(mediaType = TabularWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularWriter.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(
            @Parameter(description = "Part of the name; Vietnamese diacritics and case are ignored", example = "hop tac xa doan ket") @QueryParam("q") String q,
            @Parameter(description = "Legal form", schema = @Schema(implementation = ProducerType.class)) @QueryParam("type") String type,
            @Parameter(description = "Area id: producers in this area and every unit below it", example = "2") @QueryParam("areaId") String areaId,
            @Parameter(description = "Exact registration code", example = "4601234567") @QueryParam("registrationCode") String registrationCode,
            @Parameter(description = "Exact tax code (mã số thuế)", example = "4601234567") @QueryParam("taxCode") String taxCode,
            @Valid @BeanParam PageQuery page, @Context HttpHeaders headers) {
        ProducerFilter filter = new ProducerFilter(q, QueryValues.parseEnum(ProducerType.class, type, "type"),
                QueryValues.parseLong(areaId, "areaId"), registrationCode, taxCode);
        TabularWriter.Format format = TabularWriter.requested(headers);
        if (format != null) {
            return export.response(filter, format);
        }
        return Response.ok(service.list(filter, page)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a producer")
    @APIResponse(responseCode = "200", description = "The producer; its version is in the ETag header",
            headers = @Header(name = "ETag", description = "Row version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProducerResponse.class)))
    public Response get(@Parameter(description = "Producer id", example = "12") @PathParam("id") Long id) {
        Producer producer = service.findById(id).orElseThrow(() -> ApiException.notFound("entity.producer", id));
        return Response.ok(ProducerResponse.of(producer)).tag(ETags.of(producer.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a producer")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProducerRequest.class), examples = @ExampleObject(name = "co-operative", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URI of the new producer", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Row version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProducerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an area that does not exist or is not in force today")
    @APIResponse(responseCode = "409", description = "The registration code or the tax code is already used")
    public Response create(@Valid @NotNull ProducerRequest request, @Context UriInfo uri) {
        Producer producer = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(producer.id)).build())
                .tag(ETags.of(producer.version)).entity(ProducerResponse.of(producer)).build();
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a producer", description = "Needs If-Match with the ETag read.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProducerRequest.class), examples = @ExampleObject(name = "co-operative", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "New row version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProducerResponse.class)))
    @APIResponse(responseCode = "409", description = "The registration code or the tax code is already used")
    public Response update(
            @Parameter(description = "Producer id", example = "12") @PathParam("id") Long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read", example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProducerRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        Producer producer = service.update(id, request, expected)
                .orElseThrow(() -> ApiException.notFound("entity.producer", id));
        return Response.ok(ProducerResponse.of(producer)).tag(ETags.of(producer.version)).build();
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
    @Path("/{id}")
    @Operation(summary = "Delete a producer that has no products", description = "Needs If-Match with the ETag read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The producer still has products")
    public Response delete(
            @Parameter(description = "Producer id", example = "12") @PathParam("id") Long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read", example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        if (!service.delete(id, expected)) {
            throw ApiException.notFound("entity.producer", id);
        }
        return Response.noContent().build();
    }

    /** Schema of a page of producers, for the OpenAPI document. */
    @Schema(name = "ProducerPage")
    static final class ProducerPage {
        @Schema(description = "Producers of this page")
        public List<ProducerResponse> items;
        @Schema(description = "Number of producers matching the filter", example = "42")
        public long total;
        @Schema(example = "0")
        public int page;
        @Schema(example = "20")
        public int size;
    }
}
