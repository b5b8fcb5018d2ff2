package vn.ocop.api.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.security.Roles;

/** A product's history through the OCOP cycle: for ADMIN, officers of its area and its producer. */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE, Roles.PRODUCER})
@Path("/api/v1/products/{productId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product timeline", description = "Every dossier, result, decision and certificate of a product")
public class TimelineResource {

    private final TimelineService timeline;

    public TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "A product's timeline, oldest first")
    @APIResponse(responseCode = "200", description = "The events")
    public List<TimelineEvent> timeline(@Parameter(description = "Product id") @PathParam("productId") long productId) {
        return timeline.of(productId);
    }
}
