package vn.ocop.api.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer of the HTTP server (API, problems, 404s, health, metrics, OpenAPI, Swagger
 * UI), set just before the headers are written so that no handler can drop them:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer},
 * {@code X-Frame-Options: DENY} (and {@code frame-ancestors 'none'} in the CSP): no answer is sniffed as
 * another type, leaks its URL (certificate numbers) to another site, or is framed.</li>
 * <li>{@code Content-Security-Policy}: the API answers JSON, images and problems, never pages, so everything
 * else gets {@link #API_POLICY} (nothing may load). Swagger UI ({@code /q/swagger-ui}) gets
 * {@link #SWAGGER_UI_POLICY}: its own scripts, styles and images, the inline start-up script the extension
 * writes into its page, and requests to this origin only (the OpenAPI document, "Try it out"). The buyers' pages
 * ({@code /v}, {@code /v/<number>}) get {@link #PAGE_POLICY}: inline styles, no script.</li>
 * </ul>
 * HSTS is the ingress's job, where TLS ends (deploy/README.md, section Security). Dev UI ({@code /q/dev-ui},
 * dev mode only) gets no CSP.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    /**
     * The public pages for buyers ({@code /v}, {@code /v/<number>}): their one inline style sheet and inline SVG, no
     * script at all, forms (the product search) to this origin only.
     */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String PAGE_PATH = "/v";
    static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    private static final String DEV_UI_PATH = "/q/dev-ui";

    /** Before every other route (including the REST layer and the static resources). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> set(context.response().headers(), path));
        context.next();
    }

    static void set(MultiMap headers, String path) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        String policy = policyFor(path);
        if (policy != null) {
            headers.set("Content-Security-Policy", policy);
        }
    }

    /** The CSP for a path (null: none, Dev UI). */
    static String policyFor(String path) {
        if (path == null) {
            return API_POLICY;
        }
        if (path.startsWith(DEV_UI_PATH)) {
            return null;
        }
        if (path.equals(PAGE_PATH) || path.startsWith(PAGE_PATH + "/")) {
            return PAGE_POLICY;
        }
        return path.startsWith(SWAGGER_UI_PATH) ? SWAGGER_UI_POLICY : API_POLICY;
    }
}
