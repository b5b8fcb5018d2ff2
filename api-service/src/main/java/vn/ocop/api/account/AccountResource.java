package vn.ocop.api.account;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** Accounts and roles (tài khoản, vai trò): administrators only. */
@Path("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts, roles and their area or producer (ADMIN only)")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List accounts")
    @APIResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountPage.class)))
    public PageResponse<AccountResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an account")
    @APIResponse(responseCode = "200", description = "The account, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    public Response get(@Parameter(description = "Account id", example = "3") @PathParam("id") long id) {
        Account account = service.get(id);
        return Response.ok(AccountResponse.of(account)).tag(ETags.of(account.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. an officer without an area of their level)")
    @APIResponse(responseCode = "409", description = "User name taken")
    public Response create(@Valid @NotNull AccountRequest request) {
        Account account = service.create(request);
        return Response.created(URI.create("/api/v1/accounts/" + account.id)).tag(ETags.of(account.version))
                .entity(AccountResponse.of(account)).build();
    }

    @PUT
    @CustomDeserialization(FullUpdate.class)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account (role, binding, name, enabled; password when given)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    public Response update(@Parameter(description = "Account id", example = "3") @PathParam("id") long id,
            @Parameter(required = true, description = "ETag of the account as read") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        Account account = service.update(id, expected, request);
        return Response.ok(AccountResponse.of(account)).tag(ETags.of(account.version)).build();
    }

    /** OpenAPI shape of a page of accounts. */
    @Schema(name = "AccountPage")
    public record AccountPage(java.util.List<AccountResponse> items, long total, int page, int size) {
    }
}
