package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public verification URL of a certificate: {@code <ocop.public-base-url>/api/v1/public/certificates/<number>}. */
@ApplicationScoped
public class VerificationUrls {

    private final String baseUrl;

    public VerificationUrls(
            @ConfigProperty(name = "ocop.public-base-url", defaultValue = "http://localhost:8080") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String of(String certificateNumber) {
        return UriBuilder.fromUri(baseUrl).path("api/v1/public/certificates/{number}").build(certificateNumber)
                .toString();
    }
}
