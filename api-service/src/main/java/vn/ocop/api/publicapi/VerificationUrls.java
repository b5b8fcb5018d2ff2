package vn.ocop.api.publicapi;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public verification address of a certificate (địa chỉ tra cứu), encoded in its QR code:
 * {@code <ocop.public-base-url>/v/<number>}: short and stable, answered by {@link VerificationPageResource} (a page for
 * a browser, JSON otherwise). The base comes from {@code OCOP_PUBLIC_BASE_URL}; production refuses to start without it
 * ({@link PublicBaseUrlGuard}). In dev and test mode, when it is not set, the base is {@code http://localhost:<port>}
 * with the port the HTTP server actually listens on (read after the start: {@code quarkus.http.test-port} in tests,
 * which may be a random port, {@code quarkus.http.port} otherwise).
 */
@ApplicationScoped
public class VerificationUrls {

    /** The path of a verification below the base URL. */
    public static final String PATH = "/v/";

    private final Optional<String> configured;
    private volatile String base;

    public VerificationUrls(@ConfigProperty(name = "ocop.public-base-url") Optional<String> configured) {
        this.configured = configured.map(String::trim).filter(s -> !s.isEmpty()).map(VerificationUrls::withoutSlash);
        this.base = this.configured.orElse(null);
    }

    public String of(String certificateNumber) {
        return UriBuilder.fromUri(base()).path("v/{number}").build(certificateNumber).toString();
    }

    /** The base URL: the configured one, or the local server's address with its listening port. */
    public String base() {
        String known = base;
        if (known != null) {
            return known;
        }
        int port = listeningPort();
        String local = "http://localhost:" + port;
        if (port > 0) {
            base = local; // the server has started: its port no longer changes
        }
        return local;
    }

    private static int listeningPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
