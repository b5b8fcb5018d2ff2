package vn.ocop.api.registerimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.security.Roles;

/** Import of a province's existing OCOP register (producers, products, historical certificates), CSV or XLSX. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Import of a province's OCOP register: dry run, commit, job progress, templates")
public class RegisterImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final RegisterImportService service;

    public RegisterImportResource(RegisterImportService service) {
        this.service = service;
    }

    /** The multipart form of an import. */
    public static final class ImportForm {
        @RestForm("file")
        @Schema(type = SchemaType.STRING, format = "binary", description = "The register, CSV (UTF-8) or XLSX")
        public FileUpload file;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a register file (dry run or commit)",
            description = "One row = producer + product + (optional) certificate; see GET /imports/templates/register.xlsx and docs/register-import.md. "
                    + "The file is checked (and, without dryRun, written all-or-nothing) by a job: the answer is 202 with the import's Location; "
                    + "poll GET /imports/{id} for state, rowsDone of rowsTotal and errors by row and column in Vietnamese and English. "
                    + "A commit of a file already committed (same SHA-256) answers 200 with the earlier import and writes nothing. "
                    + "PROVINCE officials import rows of their province only (other rows are row errors).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202", description = "Taken: the job runs; Location is the import",
            headers = @Header(name = "Location", description = "URI of the import", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterImportResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The same file was committed already: the earlier import",
            headers = @Header(name = "Location", description = "URI of the earlier import", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterImportResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "400", description = "No file, an empty file or a bad dryRun")
    public Response submit(
            @Parameter(description = "Check every row and write nothing", example = "true") @QueryParam("dryRun") @DefaultValue("false") String dryRun,
            ImportForm form, @Context UriInfo uri) {
        boolean dry = switch (dryRun) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField("dryRun", "reason.boolean");
        };
        if (form == null || form.file == null) {
            throw ApiException.invalidField("file", "reason.required");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(form.file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegisterImportService.Submitted submitted = service.submit(form.file.fileName(), bytes, dry);
        var location = uri.getBaseUriBuilder().path("api/v1/imports").path(String.valueOf(submitted.response().id())).build();
        return (submitted.earlier() ? Response.ok() : Response.accepted()).location(location)
                .entity(submitted.response()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE})
    @Operation(summary = "An import: state, progress and errors",
            description = "state QUEUED, CHECKING, WRITING while the job runs; VALID (dry run without errors), INVALID (errors; nothing written), "
                    + "COMMITTED or FAILED when done. errors: the first 1000 in file order (errorCount counts all).")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterImportResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "404", description = "No import with this id in the caller's area")
    public Response get(@Parameter(description = "Import id", example = "12") @PathParam("id") Long id) {
        return Response.ok(service.find(id).orElseThrow(() -> ApiException.notFound("entity.import", id))).build();
    }

    @GET
    @Path("/templates/{file}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE})
    @Produces({CSV, XLSX})
    @Operation(summary = "The register template", description = "register.csv (UTF-8 with BOM) or register.xlsx: the columns and an example row.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The template",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "404", description = "No such template")
    public Response template(@Parameter(description = "register.csv or register.xlsx", example = "register.xlsx") @PathParam("file") String file) {
        return switch (file) {
            case "register.csv" -> Response.ok(RegisterTemplates.csv(), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"register.csv\"").build();
            case "register.xlsx" -> Response.ok(RegisterTemplates.xlsx(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"register.xlsx\"").build();
            default -> throw ApiException.notFound("entity.template", file);
        };
    }
}
