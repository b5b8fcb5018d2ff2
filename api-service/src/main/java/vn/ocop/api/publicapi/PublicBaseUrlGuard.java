package vn.ocop.api.publicapi;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production needs the public base URL ({@code OCOP_PUBLIC_BASE_URL}, {@code ocop.public-base-url}): it is printed in
 * every QR code on product labels, so a wrong or missing one cannot be corrected after printing. A production start
 * (packaged application) without an absolute http(s) URL fails before serving anything, with a message that names
 * the variable. Dev and test mode fall back to the local server ({@link VerificationUrls}).
 */
@ApplicationScoped
public class PublicBaseUrlGuard {

    private final Optional<String> baseUrl;

    public PublicBaseUrlGuard(@ConfigProperty(name = "ocop.public-base-url") Optional<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = problems(LaunchMode.current() == LaunchMode.NORMAL);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
                    + ". See deploy/README.md, section Configuration.");
        }
    }

    /** What is wrong for a production start (empty when fine or not production). */
    List<String> problems(boolean production) {
        if (!production) {
            return List.of();
        }
        String url = baseUrl.map(String::trim).orElse("");
        if (url.isEmpty()) {
            return List.of("OCOP_PUBLIC_BASE_URL (ocop.public-base-url) is not set: it is the address encoded in every"
                    + " certificate's QR code, e.g. https://ocop.example.gov.vn");
        }
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return List.of(invalid(url));
            }
        } catch (URISyntaxException e) {
            return List.of(invalid(url));
        }
        return List.of();
    }

    private static String invalid(String url) {
        return "OCOP_PUBLIC_BASE_URL (ocop.public-base-url) is not an absolute http(s) URL without query: \"" + url
                + "\"";
    }
}
