package vn.ocop.api.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Rate limits the endpoints anyone can call without an account, per client address: the public endpoints
 * ({@code /api/v1/public/*} and the buyers' pages {@code /v}, {@code /v/*}, {@code ocop.rate-limit.public-per-minute}) and sign-in ({@code POST /api/v1/auth/token},
 * {@code ocop.rate-limit.login-per-minute}, against password guessing). Over the limit: 429 problem+json with
 * {@code Retry-After}. Behind a reverse proxy set {@code quarkus.http.proxy.proxy-address-forwarding=true} so
 * the client address is the forwarded one.
 *
 * <p>The limit follows the <em>route</em>: the filter runs after matching and classifies the matched resource
 * method by its {@code @Path} template, so every spelling of a URL that reaches the same method
 * ({@code /auth/token/}, {@code //auth/token}, percent-encoded letters) takes from the same bucket.
 */
@ApplicationScoped
public class RateLimitFilter {

    static final String PUBLIC_TEMPLATE_PREFIX = "/api/v1/public/";
    /** The buyers' pages: the verification address in the QR code ({@code /v/<number>}) and the search ({@code /v}). */
    static final String PAGE_TEMPLATE_PREFIX = "/v/";
    static final String TOKEN_TEMPLATE = "/api/v1/auth/token";

    /** The limited routes. */
    enum Route { PUBLIC, LOGIN }

    private final boolean enabled;
    private final Map<Route, RateLimiter> limiters;
    private final Map<Method, Optional<Route>> routes = new ConcurrentHashMap<>();

    public RateLimitFilter(@ConfigProperty(name = "ocop.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ocop.rate-limit.public-per-minute", defaultValue = "60") int publicPerMinute,
            @ConfigProperty(name = "ocop.rate-limit.login-per-minute", defaultValue = "10") int loginPerMinute) {
        this.enabled = enabled;
        this.limiters = Map.of(Route.PUBLIC, new RateLimiter(publicPerMinute),
                Route.LOGIN, new RateLimiter(loginPerMinute));
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        if (!enabled || resource.getResourceMethod() == null) {
            return null;
        }
        Optional<Route> route = routes.computeIfAbsent(resource.getResourceMethod(),
                method -> routeOf(resource.getResourceClass(), method));
        if (route.isEmpty()) {
            return null;
        }
        OptionalLong retryAfter = limiters.get(route.get()).acquire(clientOf(http));
        if (retryAfter.isEmpty()) {
            return null;
        }
        return tooManyRequests(request, "detail.too-many-requests", retryAfter.getAsLong());
    }

    /** The client address (the forwarded one behind a trusted proxy, see the class comment). */
    public static String clientOf(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    /** 429 problem+json with {@code Retry-After} in seconds. */
    static Response tooManyRequests(ContainerRequestContext request, String detailKey, long retryAfterSeconds) {
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        return ProblemResponses.builder(ProblemType.TOO_MANY_REQUESTS,
                        Messages.get(locale, detailKey, retryAfterSeconds), List.of(), locale,
                        request.getUriInfo().getPath())
                .header("Retry-After", retryAfterSeconds)
                .build();
    }

    /** The limited route a resource method belongs to, from its {@code @Path} templates (class + method). */
    static Optional<Route> routeOf(Class<?> resourceClass, Method method) {
        return routeOf(template(resourceClass) + "/" + template(method), method.isAnnotationPresent(POST.class));
    }

    /** Whether requests to this path template with this HTTP method are rate limited (used by the API document). */
    public static boolean isLimited(String pathTemplate, String httpMethod) {
        return routeOf(pathTemplate, "POST".equalsIgnoreCase(httpMethod)).isPresent();
    }

    private static Optional<Route> routeOf(String rawTemplate, boolean post) {
        String template = normalise(rawTemplate);
        if ((template + "/").startsWith(PUBLIC_TEMPLATE_PREFIX) || (template + "/").startsWith(PAGE_TEMPLATE_PREFIX)) {
            return Optional.of(Route.PUBLIC);
        }
        if (template.equals(TOKEN_TEMPLATE) && post) {
            return Optional.of(Route.LOGIN);
        }
        return Optional.empty();
    }

    private static String template(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String normalise(String template) {
        String collapsed = ("/" + template).replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }
}
