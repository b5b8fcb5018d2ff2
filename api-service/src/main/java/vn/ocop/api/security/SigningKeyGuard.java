package vn.ocop.api.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Keeps the published development key pair ({@code dev-keys/}) out of production: a production start
 * (packaged application) configured with it fails. Without a signing key the service issues no tokens and
 * only verifies tokens of an external identity provider.
 */
@ApplicationScoped
public class SigningKeyGuard {

    static final String DEV_PRIVATE_KEY = "dev-keys/private-key.pem";
    static final String DEV_PUBLIC_KEY = "dev-keys/public-key.pem";
    private static final Logger LOG = Logger.getLogger(SigningKeyGuard.class);

    private final Optional<String> signKeyLocation;
    private final Optional<String> verifyKeyLocation;

    public SigningKeyGuard(
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verifyKeyLocation) {
        this.signKeyLocation = signKeyLocation.filter(value -> !value.isBlank());
        this.verifyKeyLocation = verifyKeyLocation.filter(value -> !value.isBlank());
    }

    void onStart(@Observes StartupEvent event) {
        boolean production = LaunchMode.current() == LaunchMode.NORMAL;
        List<String> problems = problems(production);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
                    + ". See deploy/README.md, section Security.");
        }
        if (!production && signKeyLocation.map(SigningKeyGuard::isDevKey).orElse(false)) {
            LOG.warn("Tokens are signed with the PUBLISHED development key (dev-keys/): fine for dev and tests only.");
        }
    }

    /** What is wrong with the key configuration for a production start (empty when fine or not production). */
    List<String> problems(boolean production) {
        if (!production) {
            return List.of();
        }
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        if (verifyKeyLocation.isEmpty()) {
            problems.add("no token verification key (OCOP_JWT_VERIFY_KEY / mp.jwt.verify.publickey.location)");
        }
        if (signKeyLocation.map(SigningKeyGuard::isDevKey).orElse(false)) {
            problems.add("the signing key is the published development key");
        }
        if (verifyKeyLocation.map(SigningKeyGuard::isDevKey).orElse(false)) {
            problems.add("the verification key is the published development key");
        }
        return problems;
    }

    /** 403 problem when this service has no signing key (tokens come from an external provider). */
    public void requireUsableSigningKey() {
        if (signKeyLocation.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.token-issuing-disabled", List.of());
        }
    }

    /** Whether a key location holds one of the development keys (by content, so a copied file is caught too). */
    static boolean isDevKey(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return false;
        }
        Optional<String> content = read(location);
        if (content.isEmpty()) {
            return false;
        }
        String key = normalise(content.get());
        return read(DEV_PRIVATE_KEY).map(SigningKeyGuard::normalise).filter(key::equals).isPresent()
                || read(DEV_PUBLIC_KEY).map(SigningKeyGuard::normalise).filter(key::equals).isPresent();
    }

    private static Optional<String> read(String location) {
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        String file = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            Path path = Path.of(file);
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // not a readable file: try the class path
        }
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String pem) {
        return pem.replaceAll("\\s+", "");
    }
}
