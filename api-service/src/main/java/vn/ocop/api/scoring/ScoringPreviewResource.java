package vn.ocop.api.scoring;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;

/** Scoring preview: the engine's result for answer sheets, nothing stored. Same JSON as the engine's CLI. */
@Path("/api/v1/scoring/preview")
@Tag(name = "Scoring", description = "Score answer sheets with the engine (chấm điểm thử)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ScoringPreviewResource {

    /** Two members scoring a fresh-produce sheet of 148 at district level (a full, valid request). */
    private static final String EXAMPLE = """
            {"ruleSetId": "QD-148-2023", "productSetCode": "FOOD_FRESH_PRODUCE", "level": "DISTRICT", "sheets": [
             {"memberId": "tv-01", "role": "CHAIR", "answers": {
               "A.1.a": "A.1.a#3", "A.1.b": "A.1.b#3", "A.1.c": "A.1.c#3", "A.1.d": "A.1.d#4", "A.1.đ": "A.1.đ#3",
               "A.1.e": "A.1.e#2", "A.2.a": "A.2.a#4", "A.2.b": "A.2.b#4", "A.2.c": "A.2.c#3", "A.3.a": "A.3.a#3",
               "A.3.b": "A.3.b#2", "A.3.c": "A.3.c#2", "A.3.d": "A.3.d#2", "A.3.đ": "A.3.đ#2", "A.3.e": "A.3.e#2",
               "B.4.a": "B.4.a#4", "B.4.b": "B.4.b#4", "B.4.c": "B.4.c#5", "B.5.a": "B.5.a#6", "B.5.b": "B.5.b#4",
               "B.5.c": "B.5.c#3", "C.6.a": "C.6.a#3", "C.6.b": "C.6.b#5", "C.6.c": "C.6.c#4", "C.6.d": "C.6.d#4",
               "C.7.a": "C.7.a#3", "C.8.a": "C.8.a#4", "C.9.a": "C.9.a#3", "C.9.b": "C.9.b#4", "C.10.a":
               "C.10.a#5", "C.11.a": "C.11.a#2", "C.12.a": "C.12.a#3"
             }},
             {"memberId": "tv-02", "role": "MEMBER", "answers": {
               "A.1.a": "A.1.a#2", "A.1.b": "A.1.b#2", "A.1.c": "A.1.c#2", "A.1.d": "A.1.d#3", "A.1.đ": "A.1.đ#2",
               "A.1.e": "A.1.e#1", "A.2.a": "A.2.a#3", "A.2.b": "A.2.b#3", "A.2.c": "A.2.c#2", "A.3.a": "A.3.a#2",
               "A.3.b": "A.3.b#1", "A.3.c": "A.3.c#1", "A.3.d": "A.3.d#1", "A.3.đ": "A.3.đ#1", "A.3.e": "A.3.e#1",
               "B.4.a": "B.4.a#3", "B.4.b": "B.4.b#3", "B.4.c": "B.4.c#4", "B.5.a": "B.5.a#5", "B.5.b": "B.5.b#3",
               "B.5.c": "B.5.c#2", "C.6.a": "C.6.a#2", "C.6.b": "C.6.b#4", "C.6.c": "C.6.c#3", "C.6.d": "C.6.d#3",
               "C.7.a": "C.7.a#2", "C.8.a": "C.8.a#3", "C.9.a": "C.9.a#2", "C.9.b": "C.9.b#3", "C.10.a":
               "C.10.a#4", "C.11.a": "C.11.a#1", "C.12.a": "C.12.a#2"
             }}]}""";

    private static final String DETAIL = "summary: the score, tier, marks missed, next step and cheapest path (what a "
            + "form recomputing the score as answers change needs); full: also every mark and an explanation per "
            + "criterion";

    private final ScoringPreviewService service;

    public ScoringPreviewResource(ScoringPreviewService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Score a council's answer sheets without storing anything",
            description = "The body is the engine's score request, the same JSON file the engine's command line "
                    + "takes: rule set, product set, level that scored, and one sheet per council member "
                    + "(criterion code → option code). The result has the member and part totals, the council "
                    + "average, the band and the star tier after mandatory marks, whether it is certifiable, the "
                    + "mandatory marks missed, the next step of the process and the cheapest answer changes that "
                    + "reach the next star; with detail=full also every mandatory mark, met or not, and an explanation "
                    + "per criterion (each member's option, label and points, and the council value), which makes the "
                    + "answer about twenty times larger. Bounded (ocop.scoring.*): sheets of the council, answers "
                    + "of a sheet and the body size; beyond a bound nothing is scored and the 400 (413 for the body) "
                    + "names the field and the bound. An error lists the first problems and counts the rest.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreRequest.class),
            examples = @ExampleObject(name = "district council, 148", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The score, tier and explanation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreResult.class)))
    @APIResponse(responseCode = "400", description = "The sheets cannot be scored: each problem is a field error "
            + "(unknown rule set, product set, criterion or option; missing or duplicate answers; no scoring member; "
            + "level not in the process), an unknown detail, or the JSON is unreadable")
    @APIResponse(responseCode = "413")
    public ScoreResult preview(ScoreRequest request, @Parameter(description = DETAIL, schema = @Schema(
            enumeration = {"summary", "full"}, defaultValue = "summary")) @QueryParam("detail") String detail) {
        return service.preview(request, ScoringPreviewService.detail(detail));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Score several products' sheets at once (the engine CLI's batch file), storing nothing",
            description = "An array of score requests; the results come in the same order. "
                    + "When any request has problems nothing is scored and every problem is reported, its field "
                    + "prefixed with the request's index, e.g. [1].sheets[0].answers.A.1.1. Bounded (ocop.scoring.*): "
                + "requests of the batch, requests with detail=full, sheets in all, each request's own bounds and "
                + "the body size (400 naming the field and the bound, 413 for the body).")
    @APIResponse(responseCode = "200", description = "One result per request, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScoreResult.class)))
    @APIResponse(responseCode = "400", description = "Some requests cannot be scored, the batch is empty or too large, "
            + "or the JSON is unreadable")
    @APIResponse(responseCode = "413")
    public List<ScoreResult> previewBatch(@NotEmpty List<ScoreRequest> request,
            @Parameter(description = DETAIL, schema = @Schema(enumeration = {"summary", "full"},
                    defaultValue = "summary")) @QueryParam("detail") String detail) {
        return service.previewAll(request, ScoringPreviewService.detail(detail));
    }
}
