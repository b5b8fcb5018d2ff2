package vn.ocop.api.scoring;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.problem.ProblemDetail;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;

/** Scoring preview: the engine's result for answer sheets, nothing stored. Same JSON as the engine's CLI. */
@Path("/api/v1/scoring/preview")
@Tag(name = "Scoring", description = "Score answer sheets with the engine (chấm điểm thử)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringPreviewResource {

    private static final String EXAMPLE = """
            {"ruleSetId": "QD-148-2023", "productSetCode": "FOOD_FRESH_PRODUCE", "level": "DISTRICT",
             "sheets": [{"memberId": "tv-01", "role": "CHAIR", "answers": {"A.1.a": "A.1.a#3", "A.1.b": "A.1.b#2"}}]}""";

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
                    + "next step of the process, an explanation per criterion and the cheapest answer changes that "
                    + "reach the next star.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreRequest.class),
            examples = @ExampleObject(name = "district council", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The score, tier and explanation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreResult.class)))
    @APIResponse(responseCode = "400", description = "The sheets cannot be scored: each problem is a field error "
            + "(unknown rule set, product set, criterion or option; missing or duplicate answers; no scoring member; "
            + "level not in the process) or the JSON is unreadable",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ScoreResult preview(ScoreRequest request) {
        return service.preview(request);
    }
}
