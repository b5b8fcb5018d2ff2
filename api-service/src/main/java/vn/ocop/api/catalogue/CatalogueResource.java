package vn.ocop.api.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.scoring.catalogue.RuleSet;

/**
 * The criteria catalogue for front-end forms: rule sets, their product sets and each sheet's criteria. Answers
 * are cacheable for an hour and carry an ETag (the catalogue's fingerprint); If-None-Match gives 304.
 */
@Path("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "Rule sets (bộ tiêu chí), product sets (bộ sản phẩm) and their criteria")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogueResource {

    /** The catalogue only changes with a new deployment. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final CatalogueService catalogue;

    public CatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/rule-sets")
    @Operation(summary = "List the rule sets, oldest first")
    @APIResponse(responseCode = "200", description = "All rule sets",
            headers = {@Header(name = "ETag", description = "Fingerprint of the catalogue"),
                    @Header(name = "Cache-Control", description = "public, max-age=3600")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response ruleSets(@Context Request request) {
        List<RuleSetResponse> body = catalogue.ruleSets().stream().map(RuleSetResponse::of).toList();
        return cached(request, body, "");
    }

    @GET
    @Path("/rule-sets/current")
    @Operation(summary = "The rule set in force on a date (today when no date is given)",
            description = "When two rule sets overlap (22 May to 20 Jul 2026) the newer one is returned.")
    @APIResponse(responseCode = "200", description = "The rule set in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    @APIResponse(responseCode = "404", description = "No rule set was in force on that date (before 21 Aug 2019)")
    public Response current(
            @Parameter(description = "ISO date; today (Vietnam time) when absent", example = "2024-06-15")
            @QueryParam("date") String date,
            @Context Request request) {
        LocalDate day = date == null || date.isBlank() ? catalogue.today() : QueryValues.parseDate(date, "date");
        RuleSet ruleSet = catalogue.ruleSetOn(day)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "detail.no-rule-set-on", List.of(), day.toString()));
        return cached(request, RuleSetResponse.of(ruleSet), "-" + ruleSet.id());
    }

    @GET
    @Path("/rule-sets/{id}")
    @Operation(summary = "Get a rule set")
    @APIResponse(responseCode = "200", description = "The rule set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response ruleSet(@Parameter(description = "Rule set id", example = "QD-26-2026") @PathParam("id") String id,
            @Context Request request) {
        return cached(request, RuleSetResponse.of(find(id)), "");
    }

    @GET
    @Path("/rule-sets/{id}/product-sets")
    @Operation(summary = "List the product sets (scoring sheets) of a rule set",
            description = "Empty for a rule set without sheets (QD-1048-2019).")
    @APIResponse(responseCode = "200", description = "The product sets, in the decision's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProductSetSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response productSets(
            @Parameter(description = "Rule set id", example = "QD-26-2026") @PathParam("id") String id,
            @Context Request request) {
        List<ProductSetSummary> body = find(id).productSets().stream().map(ProductSetSummary::of).toList();
        return cached(request, body, "");
    }

    @GET
    @Path("/rule-sets/{id}/product-sets/{code}")
    @Operation(summary = "Get a scoring sheet: parts, groups, criteria with options, points, star marks and variants")
    @APIResponse(responseCode = "200", description = "The product set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductSetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response productSet(
            @Parameter(description = "Rule set id", example = "QD-148-2023") @PathParam("id") String id,
            @Parameter(description = "Product set code", example = "FOOD_TEA") @PathParam("code") String code,
            @Context Request request) {
        RuleSet ruleSet = find(id);
        return cached(request, ProductSetResponse.of(ruleSet.id(), ruleSet.productSet(code)
                .orElseThrow(() -> ApiException.notFound("entity.product-set", id + "/" + code))), "");
    }

    private RuleSet find(String id) {
        return catalogue.ruleSet(id).orElseThrow(() -> ApiException.notFound("entity.rule-set", id));
    }

    /** 304 when the client's copy is current; otherwise the body with ETag and Cache-Control. */
    private Response cached(Request request, Object body, String suffix) {
        EntityTag tag = new EntityTag(catalogue.fingerprint() + suffix);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body);
        return builder.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

}
