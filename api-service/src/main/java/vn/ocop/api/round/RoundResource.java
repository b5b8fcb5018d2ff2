package vn.ocop.api.round;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.json.StrictDates;
import vn.ocop.api.security.Roles;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.FullUpdate;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.QueryValues;
import vn.ocop.scoring.process.Level;

/**
 * Evaluation rounds with their councils, dossiers, score sheets, results and decisions. Read by ADMIN, officers of
 * the round's area and the members of its council; run (created, filled, closed, decided) by ADMIN and the officers
 * of the level (see {@code RoundAccess}); sheets written by each member for themself; results and decisions
 * also read by the dossier's producer (the producer view of the result has no member sheets).
 */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.COUNCIL})
@Path("/api/v1/evaluation-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation rounds", description = "Rounds, councils, score sheets, results and decisions (đánh giá, phân hạng)")
public class RoundResource {

    private static final String ENTRY = "/{roundId}/dossiers/{dossierId}";

    private final RoundService rounds;
    private final ScoreSheetService sheets;
    private final ResultService results;

    public RoundResource(RoundService rounds, ScoreSheetService sheets, ResultService results) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.results = results;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT})
    @POST
    @Operation(summary = "Create a round at a level for an area, with its council")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"), content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (council without one chair or scoring member, dates; area unknown, outside the caller's reach or of another level)")
    @APIResponse(responseCode = "409", description = "The level does not evaluate under the rule set")
    public Response create(@Valid @NotNull RoundRequest request, @Context UriInfo uri) {
        RoundResponse created = rounds.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(summary = "List rounds")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    public PageResponse<RoundResponse> list(@Parameter(description = "Level", schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Area id (and sub-areas)") @QueryParam("areaId") Long areaId,
            @Parameter(description = "Year of the decision day") @QueryParam("year")
            @Min(StrictDates.MIN_YEAR) @Max(StrictDates.MAX_YEAR) Integer year,
            @Parameter(description = "Status", schema = @Schema(implementation = RoundStatus.class)) @QueryParam("status") String status,
            @Valid @BeanParam PageQuery page) {
        return rounds.list(QueryValues.parseEnum(Level.class, level, "level"), areaId, year,
                QueryValues.parseEnum(RoundStatus.class, status, "status"), page);
    }

    @GET
    @Path("/{roundId}")
    @Operation(summary = "Get a round with its council and legal window")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    public Response get(@Parameter(description = "Round id") @PathParam("roundId") long roundId) {
        RoundResponse round = rounds.get(roundId);
        return Response.ok(round).tag(ETags.of(round.version())).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT})
    @POST
    @Path("/{roundId}/closure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Close the round: sheets can no longer be submitted or changed")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public Response close(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(required = true, description = "ETag of the round", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        RoundResponse round = rounds.close(roundId, ETags.expectedVersion(ifMatch));
        return Response.ok(round).tag(ETags.of(round.version())).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT})
    @POST
    @Path("/{roundId}/dossiers")
    @Operation(summary = "Put a dossier from the level's queue into the round")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = RoundDossierResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown dossier")
    @APIResponse(responseCode = "409", description = "Round closed, dossier not in this level's queue, or outside the area")
    public Response addDossier(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Valid @NotNull RoundDossierRequest request) {
        return Response.status(Response.Status.CREATED).entity(rounds.addDossier(roundId, request)).build();
    }

    @GET
    @Path("/{roundId}/dossiers")
    @Operation(summary = "Dossiers in the round with their final numbers")
    @APIResponse(responseCode = "200", description = "The round's dossiers")
    public List<RoundDossierResponse> dossiers(@Parameter(description = "Round id") @PathParam("roundId") long roundId) {
        return rounds.dossiers(roundId);
    }

    @POST
    @Path(ENTRY + "/score-sheets")
    @Operation(summary = "Submit a council member's score sheet (one per member and dossier)")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = ScoreSheetResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a scoring member of the council (non-member or secretary)")
    @APIResponse(responseCode = "409", description = "Already submitted, round closed or result final")
    public Response submitSheet(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId,
            @Valid @NotNull ScoreSheetRequest request) {
        ScoreSheetResponse sheet = sheets.submit(roundId, dossierId, request);
        return Response.status(Response.Status.CREATED).tag(ETags.of(sheet.version())).entity(sheet).build();
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path(ENTRY + "/score-sheets/{memberId}")
    @Operation(summary = "Change a submitted score sheet (until the round or the result closes)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ScoreSheetResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a scoring member")
    @APIResponse(responseCode = "409", description = "Round closed or result final")
    public Response updateSheet(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId,
            @Parameter(description = "Council member's user id") @PathParam("memberId") String memberId,
            @Parameter(required = true, description = "ETag of the sheet", schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotEmpty Map<String, String> request) {
        ScoreSheetResponse sheet = sheets.update(roundId, dossierId, memberId, ETags.expectedVersion(ifMatch), request);
        return Response.ok(sheet).tag(ETags.of(sheet.version())).build();
    }

    @GET
    @Path(ENTRY + "/score-sheets")
    @Operation(summary = "Submitted score sheets of a dossier in the round")
    @APIResponse(responseCode = "200", description = "The sheets")
    public List<ScoreSheetResponse> sheets(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId) {
        return sheets.list(roundId, dossierId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.COUNCIL, Roles.PRODUCER})
    @GET
    @Path(ENTRY + "/result")
    @Operation(summary = "The council's result (live from the sheets, or final once closed)")
    @APIResponse(responseCode = "200", description = "The result: in full for ADMIN, officers and council members; "
            + "the producer view (final numbers and explanation, no member sheets, ids or totals) for the dossier's producer",
            content = @Content(schema = @Schema(oneOf = {ResultResponse.class, ProducerResultResponse.class})))
    public Response result(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId) {
        Object result = results.producerView() ? results.resultForProducer(roundId, dossierId)
                : results.result(roundId, dossierId);
        return Response.ok(result).build();
    }

    @POST
    @Path(ENTRY + "/result/closure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The chair closes the result (every scoring member has submitted); it never changes afterwards")
    @APIResponse(responseCode = "200", description = "Final result", content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "403", description = "Only the chair (the council member signed in) closes")
    @APIResponse(responseCode = "409", description = "Sheets missing, or already final")
    public ResultResponse closeResult(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId) {
        return results.close(roundId, dossierId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT})
    @POST
    @Path(ENTRY + "/decision")
    @Operation(summary = "Decide on a final result: recognise (issues the certificate), send up, or not recognised")
    @APIResponse(responseCode = "201", description = "Decided", content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "409", description = "Result not final, already decided, or the level may not decide this (with the reason)")
    public Response decide(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId,
            @Valid @NotNull DecisionRequest request) {
        return Response.status(Response.Status.CREATED).entity(results.decide(roundId, dossierId, request)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.COUNCIL, Roles.PRODUCER})
    @GET
    @Path(ENTRY + "/decision")
    @Operation(summary = "The decision on a dossier in the round")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "404", description = "No decision yet")
    public DecisionResponse decision(@Parameter(description = "Round id") @PathParam("roundId") long roundId,
            @Parameter(description = "Dossier id") @PathParam("dossierId") long dossierId) {
        return results.decision(roundId, dossierId);
    }
}
