package vn.ocop.api.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Authentication and authorisation failures as problem+json. With {@code quarkus.http.auth.proactive=false}
 * the bearer token is verified inside the REST layer, so a missing, expired, tampered or foreign token ends
 * here: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750, {@code error="invalid_token"} when a token was
 * sent), and a role that may not call the endpoint gets 403.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri, "detail.unauthenticated");
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response badToken(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri, "detail.invalid-token");
    }

    @ServerExceptionMapper
    public Response badCredentials(BadCredentialsException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri, "detail.bad-credentials");
    }

    @ServerExceptionMapper
    public Response loginBackoff(LoginBackoffException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return problem(ProblemType.TOO_MANY_REQUESTS,
                Messages.get(locale, "detail.login-backoff", e.retryAfterSeconds()), locale, uri)
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    /**
     * 403 of {@code @RolesAllowed}: names the roles the operation is for and the caller's (issue 9, item 17), e.g. a
     * council chair closing a round learns that closing a round is for ADMIN, PROVINCE and DISTRICT.
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource,
            ContainerRequestContext request) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        String[] allowed = allowedRoles(resource);
        String detail;
        if (allowed == null) {
            detail = Messages.get(locale, "detail.forbidden");
        } else {
            SecurityContext security = request.getSecurityContext();
            String callerRoles = AccessPolicy.roleList(java.util.Arrays.stream(Role.values())
                    .filter(role -> security != null && security.isUserInRole(role.name())).toList());
            detail = Messages.get(locale, "detail.forbidden.roles", AccessPolicy.roleList(List.of(allowed)),
                    callerRoles.isEmpty() ? "-" : callerRoles);
        }
        return problem(ProblemType.FORBIDDEN, detail, locale, uri).build();
    }

    private static String[] allowedRoles(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? null : roles.value();
    }

    private static Response unauthorized(HttpHeaders headers, UriInfo uri, String detailKey) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String challenge = tokenSent && !"detail.bad-credentials".equals(detailKey)
                ? "Bearer realm=\"ocop\", error=\"invalid_token\""
                : "Bearer realm=\"ocop\"";
        return problem(ProblemType.UNAUTHORIZED, Messages.get(locale, detailKey), locale, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static Response.ResponseBuilder problem(ProblemType type, String detail, Locale locale, UriInfo uri) {
        return ProblemResponses.builder(type, detail, List.of(), locale, uri.getPath());
    }
}
