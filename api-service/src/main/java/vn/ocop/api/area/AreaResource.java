package vn.ocop.api.area;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
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
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.FullUpdate;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.security.Roles;

/** Administrative units (đơn vị hành chính): provinces, historical districts, communes, with their history. */
@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Administrative hierarchy (provinces, historical districts, communes) and the import of the official list")
public class AreaResource {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = """
            code,name,full_name,name_en,level,parent_code
            51,Quảng Ngãi,Tỉnh Quảng Ngãi,Quang Ngai,PROVINCE,
            21289,Sơn Hà,Xã Sơn Hà,Son Ha,COMMUNE,51
            """;

    static final String LEGACY_EXAMPLE = """
            code,name,full_name,level,parent_code,valid_to
            01,Hà Nội,Thành phố Hà Nội,PROVINCE,,2025-06-30
            001,Ba Đình,Quận Ba Đình,DISTRICT,01,2025-06-30
            00004,Trúc Bạch,Phường Trúc Bạch,COMMUNE,001,2025-06-30
            """;
    static final String MAPPING_EXAMPLE = """
            old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code,divided
            00004,001,01,00004,01,false
            """;

    private final AreaService service;
    private final Today today;
    private final AreaImporter importer;
    private final AreaSuccessionImporter successions;
    private final AreaHistory history;

    public AreaResource(AreaService service, AreaImporter importer, Today today, AreaSuccessionImporter successions,
            AreaHistory history) {
        this.successions = successions;
        this.history = history;
        this.today = today;
        this.service = service;
        this.importer = importer;
    }

    @GET
    @Operation(summary = "List administrative units",
            description = "Paged; by default only the units in force today. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class)))
    public Response list(
            @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", example = "COMMUNE") @QueryParam("level") String level,
            @Parameter(description = "Only the children of this unit", example = "4") @QueryParam("parentId") String parentId,
            @Parameter(description = "Only the children of units with this official code", example = "51") @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Part of the name; diacritics and case are ignored", example = "son ha") @QueryParam("q") String q,
            @Parameter(description = "Only units in force on this day (ISO date); default today", example = "2024-06-01") @QueryParam("validOn") String validOn,
            @Parameter(description = "List every validity period (ignores validOn)", example = "false") @QueryParam("includeHistorical") @DefaultValue("false") boolean includeHistorical,
            @Valid @BeanParam PageQuery page) {
        AreaFilter filter = new AreaFilter(QueryValues.parseEnum(AreaLevel.class, level, "level"),
                QueryValues.parseLong(parentId, "parentId"), blankToNull(parentCode), q,
                validity(validOn, includeHistorical));
        return Response.ok(service.list(filter, page).map(AreaResponse::of)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an administrative unit")
    @APIResponse(responseCode = "200", description = "The unit; its version is in the ETag header",
            headers = @Header(name = "ETag", description = "Row version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)))
    public Response get(@Parameter(description = "Unit id", example = "5") @PathParam("id") Long id) {
        Area area = service.findById(id).orElseThrow(() -> ApiException.notFound("entity.area", id));
        return Response.ok(AreaResponse.of(area)).tag(ETags.of(area.version)).build();
    }

    @GET
    @Path("/by-code/{code}")
    @Operation(summary = "Get the unit in force with an official code",
            description = "Codes are reused over time (e.g. a province code before and after 1 Jul 2025): the unit in force on validOn (default today) is returned.")
    @APIResponse(responseCode = "200", description = "The unit in force on that day",
            headers = @Header(name = "ETag", description = "Row version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)))
    @APIResponse(responseCode = "404", description = "No unit with this code in force on that day")
    public Response getByCode(
            @Parameter(description = "Official code", example = "21289") @PathParam("code") String code,
            @Parameter(description = "Day (ISO date); default today", example = "2025-07-01") @QueryParam("validOn") String validOn) {
        LocalDate day = validity(validOn, false);
        Area area = service.findCurrentByCode(code, day).orElseThrow(() -> ApiException.notFound("entity.area", code));
        return Response.ok(AreaResponse.of(area)).tag(ETags.of(area.version)).build();
    }

    @GET
    @Path("/{id}/children")
    @Operation(summary = "List the units directly under a unit", description = "Paged; by default only the children in force today.")
    @APIResponse(responseCode = "200", description = "One page of child units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class)))
    public Response children(
            @Parameter(description = "Parent unit id", example = "4") @PathParam("id") Long id,
            @Parameter(description = "Only children in force on this day (ISO date); default today", example = "2024-06-01") @QueryParam("validOn") String validOn,
            @Parameter(description = "List every validity period (ignores validOn)", example = "false") @QueryParam("includeHistorical") @DefaultValue("false") boolean includeHistorical,
            @Valid @BeanParam PageQuery page) {
        service.findById(id).orElseThrow(() -> ApiException.notFound("entity.area", id));
        AreaFilter filter = new AreaFilter(null, id, null, null, validity(validOn, includeHistorical));
        return Response.ok(service.list(filter, page).map(AreaResponse::of)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an administrative unit")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URI of the new unit", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Row version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown parent or parent not in force")
    @APIResponse(responseCode = "409", description = "A unit with this code and validFrom exists")
    public Response create(@Valid @NotNull AreaRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Area area = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(area.id)).build())
                .tag(ETags.of(area.version)).entity(AreaResponse.of(area)).build();
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an administrative unit",
            description = "Names and validTo may change; code, level, parentId and validFrom must be sent as stored. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "New row version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field or an identifying field changed")
    public Response update(
            @Parameter(description = "Unit id", example = "5") @PathParam("id") Long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read", example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AreaRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        Area area = service.update(id, request, expected).orElseThrow(() -> ApiException.notFound("entity.area", id));
        return Response.ok(AreaResponse.of(area)).tag(ETags.of(area.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/import")
    @Consumes(CSV)
    @Operation(summary = "Import the official list of units (CSV)",
            description = "Header: code,name,full_name,name_en,level,parent_code (optional valid_from, valid_to). Idempotent: a unit is code + valid_from; "
                    + "rows without valid_from take the validFrom parameter. All rows are checked first; one bad row refuses the whole file.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "official list", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaImportResult.class)))
    @APIResponse(responseCode = "400", description = "Bad header or rows; each error names the line (lines[n], header is line 1) and column; nothing was written")
    public Response importCsv(
            @Parameter(description = "valid_from of rows that have none (ISO date)", example = "2025-07-01") @QueryParam("validFrom") String validFrom,
            byte[] body) {
        LocalDate defaultValidFrom = defaultValidFrom(validFrom);
        return Response.ok(importer.importRows(AreaImporter.fromCsv(body), defaultValidFrom)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/import/legacy")
    @Consumes(CSV)
    @Operation(summary = "Import the units in force until 30 Jun 2025 (CSV)",
            description = "The statistics office's legacy list (63 provinces, districts, communes), header code,name,full_name,level,parent_code,valid_to "
                    + "(optional name_en, valid_from). valid_to is the last day in force as the list writes it (2025-06-30); it is stored as the first day the unit "
                    + "no longer exists (2025-07-01), like every unit's validTo. Rows without valid_from start on validFrom (default 2004-07-08, "
                    + "Decision 124/2004/QĐ-TTg); an English name already stored is kept. Otherwise the rules of the official list's import.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "legacy list", value = LEGACY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaImportResult.class)))
    @APIResponse(responseCode = "400", description = "Bad header or rows; each error names the line and column; nothing was written")
    public Response importLegacyCsv(
            @Parameter(description = "valid_from of rows that have none (ISO date)", example = "2004-07-08") @QueryParam("validFrom") String validFrom,
            byte[] body) {
        LocalDate day = QueryValues.parseDate(validFrom, "validFrom");
        return Response.ok(importer.importRows(AreaImporter.fromLegacyCsv(body),
                day == null ? AreaImporter.LEGACY_VALID_FROM : day, true)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/successions/import")
    @Consumes(CSV)
    @Operation(summary = "Import the old-to-new list of the 2025 reorganisation (CSV)",
            description = "Header old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code,divided. Old codes are the units in force "
                    + "on 30 Jun 2025, new codes those in force on 1 Jul 2025; both lists must be imported first. A divided commune has one row per new unit. "
                    + "District and province successions are derived from the rows. Idempotent; one bad row refuses the file.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "mapping", value = MAPPING_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Rows read, successions recorded and already recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaSuccessionImporter.Result.class)))
    @APIResponse(responseCode = "400", description = "Bad header or rows (unknown code on its day, wrong parent); nothing was written")
    public Response importSuccessions(byte[] body) {
        return Response.ok(successions.importCsv(body)).build();
    }

    @GET
    @Path("/{id}/successors")
    @Operation(summary = "The units in force today that a unit is or became",
            description = "The unit itself while in force; for an ended unit, the units of the recorded successions (several for a divided commune, "
                    + "followed through later reorganisations); empty when none is recorded.")
    @APIResponse(responseCode = "200", description = "Units in force today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaResponse.class)))
    @APIResponse(responseCode = "404", description = "No unit with this id")
    public Response successors(@Parameter(description = "Unit id", example = "5") @PathParam("id") Long id) {
        Area area = service.findById(id).orElseThrow(() -> ApiException.notFound("entity.area", id));
        return Response.ok(history.successorsToday(area).stream().map(AreaResponse::of).toList()).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import the official list of units (JSON)",
            description = "An array of rows with the CSV columns as fields. Same rules as the CSV import; errors name the row as [index].")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaImportResult.class)))
    public Response importJson(
            @Parameter(description = "valid_from of rows that have none (ISO date)", example = "2025-07-01") @QueryParam("validFrom") String validFrom,
            List<AreaImportRow> request) {
        LocalDate defaultValidFrom = defaultValidFrom(validFrom);
        return Response.ok(importer.importRows(AreaImporter.fromJson(request), defaultValidFrom)).build();
    }

    private LocalDate validity(String validOn, boolean includeHistorical) {
        if (includeHistorical) {
            return null;
        }
        LocalDate day = QueryValues.parseDate(validOn, "validOn");
        return day == null ? today.date() : day;
    }

    private LocalDate defaultValidFrom(String validFrom) {
        LocalDate day = QueryValues.parseDate(validFrom, "validFrom");
        return day == null ? importer.reformDay() : day;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Schema of a page of units, for the OpenAPI document. */
    @Schema(name = "AreaPage")
    static final class AreaPage {
        @Schema(description = "Units of this page")
        public List<AreaResponse> items;
        @Schema(description = "Number of units matching the filter", example = "3321")
        public long total;
        @Schema(example = "0")
        public int page;
        @Schema(example = "20")
        public int size;
    }
}
