package vn.ocop.api.webhook;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import vn.ocop.api.security.Roles;

/**
 * Webhook subscriptions (issue 16 §4): events of the change feed POSTed to a URL, signed as Standard Webhooks do,
 * retried with backoff for 24 hours; with a delivery log. ADMIN and province officials.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE})
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Change events pushed to a URL (webhook), signed, with a delivery log")
public class WebhookResource {

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Subscribe a URL to event types in an area; the answer carries the signing secret, once")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid field: url, unknown event type, area unknown or outside the caller's reach")
    public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        WebhookCreated created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.subscription().id())).build())
                .tag(ETags.of(created.subscription().version())).entity(created).build();
    }

    @GET
    @Operation(summary = "List the subscriptions the caller manages")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    public PageResponse<WebhookResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a subscription (without its secret)")
    @APIResponse(responseCode = "200", description = "The subscription; ETag header",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response get(@Parameter(description = "Subscription id") @PathParam("id") long id) {
        WebhookResponse s = service.get(id);
        return Response.ok(s).tag(ETags.of(s.version())).build();
    }

    @PUT
    @Path("/{id}")
    @CustomDeserialization(FullUpdate.class)
    @Operation(summary = "Replace a subscription's URL, event types, area, description and active flag (needs If-Match)")
    @APIResponse(responseCode = "200", description = "Updated; ETag header",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "409", description = "A concurrent update won")
    public Response update(@Parameter(description = "Subscription id") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        WebhookResponse s = service.update(id, ETags.expectedVersion(ifMatch), request);
        return Response.ok(s).tag(ETags.of(s.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription and its delivery log (needs If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "Subscription id") @PathParam("id") long id,
            @Parameter(required = true, in = ParameterIn.HEADER, name = ETags.IF_MATCH, description = "ETag of the version read",
                    example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first: attempts, last status and error, next attempt")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    public PageResponse<DeliveryResponse> deliveries(@Parameter(description = "Subscription id") @PathParam("id") long id,
            @Valid @BeanParam PageQuery page) {
        return service.deliveries(id, page);
    }
}
