package vn.ocop.api.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Rate limits the endpoints anyone can call without an account, per client address: the public endpoints
 * ({@code /api/v1/public/*}, {@code ocop.rate-limit.public-per-minute}) and sign-in ({@code /api/v1/auth/token},
 * {@code ocop.rate-limit.login-per-minute}, against password guessing). Over the limit: 429 problem+json with
 * {@code Retry-After}. Behind a reverse proxy set {@code quarkus.http.proxy.proxy-address-forwarding=true} so
 * the client address is the forwarded one.
 */
@ApplicationScoped
public class RateLimitFilter {

    static final String PUBLIC_PREFIX = "/api/v1/public/";
    static final String TOKEN_PATH = "/api/v1/auth/token";

    private final boolean enabled;
    private final RateLimiter publicLimiter;
    private final RateLimiter loginLimiter;

    public RateLimitFilter(@ConfigProperty(name = "ocop.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ocop.rate-limit.public-per-minute", defaultValue = "60") int publicPerMinute,
            @ConfigProperty(name = "ocop.rate-limit.login-per-minute", defaultValue = "10") int loginPerMinute) {
        this.enabled = enabled;
        this.publicLimiter = new RateLimiter(publicPerMinute);
        this.loginLimiter = new RateLimiter(loginPerMinute);
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        RateLimiter limiter;
        if (path.startsWith(PUBLIC_PREFIX)) {
            limiter = publicLimiter;
        } else if (path.equals(TOKEN_PATH)) {
            limiter = loginLimiter;
        } else {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        OptionalLong retryAfter = limiter.acquire(client);
        if (retryAfter.isEmpty()) {
            return null;
        }
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        return ProblemResponses.builder(ProblemType.TOO_MANY_REQUESTS,
                        Messages.get(locale, "detail.too-many-requests", retryAfter.getAsLong()), List.of(), locale, path)
                .header("Retry-After", retryAfter.getAsLong())
                .build();
    }
}
