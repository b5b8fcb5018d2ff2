package vn.ocop.api.account;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.RateLimitFilter;

/** Sign-in: a user name and password for a bearer token. */
@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Access tokens for the API (đăng nhập)")
public class AuthResource {

    private final TokenService tokens;
    private final Caller caller;

    public AuthResource(TokenService tokens, Caller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a user name and password for an access token",
            description = "Answers a signed RS256 JWT to send as `Authorization: Bearer <token>`. Unknown user, "
                    + "wrong password and disabled account get the same 401.")
    @APIResponse(responseCode = "200", description = "Token issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong user name or password, or account disabled")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address, or too many failed "
            + "sign-ins of this user name from this address (no password is checked then); see Retry-After")
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        return tokens.issue(request, RateLimitFilter.clientOf(http));
    }

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Who am I: the caller's user name, role and binding, as read from the token")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CallerResponse.class)))
    public CallerResponse me() {
        return CallerResponse.of(caller.scope());
    }
}
