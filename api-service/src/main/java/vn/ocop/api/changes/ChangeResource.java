package vn.ocop.api.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.security.Roles;

/**
 * The change feed (luồng thay đổi, issue 16 §3): every committed change to certificates, products, producers,
 * dossier status, results and decisions, in commit order, resumable from an opaque cursor, in the caller's area.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Committed changes in commit order, for systems that keep a copy (luồng thay đổi)")
public class ChangeResource {

    private final ChangeFeedService feed;

    public ChangeResource(ChangeFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Events after a cursor, oldest first (docs/integration.md)")
    @APIResponse(responseCode = "200", description = "A page of events and the cursor to continue from")
    @APIResponse(responseCode = "400", description = "after is not a cursor of this feed; unknown type; limit out of range")
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention (default 30 days): rebuild from an export")
    public ChangePage read(
            @Parameter(description = "Cursor from the previous page's next or from /changes/head; absent: the oldest kept event")
            @QueryParam("after") String after,
            @Parameter(description = "Comma-separated event types (certificate.issued, certificate.revoked, certificate.expired, "
                    + "certificate.superseded, certificate.grace_extended, certificate.grace_ended, certificate.imported, certificate.updated, "
                    + "product.created, product.updated, product.deleted, producer.created, producer.updated, producer.deleted, "
                    + "dossier.created, dossier.status_changed, result.closed, decision.recorded); absent: all",
                    example = "certificate.issued,certificate.revoked") @QueryParam("types") String types,
            @Parameter(description = "Events per page, 1 to 1000", example = "100") @QueryParam("limit")
            @DefaultValue("100") @Min(1) @Max(ChangeFeedService.MAX_LIMIT) int limit) {
        return feed.read(after, types, limit);
    }

    @GET
    @Path("/head")
    @Operation(summary = "The cursor of the feed's current end: take it before an export, then read the feed after it")
    @APIResponse(responseCode = "200", description = "The current end and the oldest cursor still served")
    public ChangeHead head() {
        return feed.head();
    }
}
