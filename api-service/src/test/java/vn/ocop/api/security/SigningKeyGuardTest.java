package vn.ocop.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.api.common.problem.ApiException;

/** The published development keys must never serve in production. */
class SigningKeyGuardTest {

    @Test
    void developmentKeysAreRecognisedOnTheClassPathAndAsCopies(@TempDir Path dir) throws IOException {
        assertThat(SigningKeyGuard.isDevKey("dev-keys/private-key.pem")).isTrue();
        assertThat(SigningKeyGuard.isDevKey("classpath:dev-keys/public-key.pem")).isTrue();
        Path copy = dir.resolve("copied.pem");
        try (var in = getClass().getClassLoader().getResourceAsStream("dev-keys/private-key.pem")) {
            Files.write(copy, in.readAllBytes());
        }
        assertThat(SigningKeyGuard.isDevKey(copy.toString())).isTrue();
        Path other = dir.resolve("other.pem");
        Files.writeString(other, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----\n");
        assertThat(SigningKeyGuard.isDevKey(other.toString())).isFalse();
        assertThat(SigningKeyGuard.isDevKey("https://sso.example.vn/realms/ocop/protocol/openid-connect/certs"))
                .isFalse();
    }

    @Test
    void productionRefusesTheDevelopmentKeysAndAMissingVerificationKey() {
        SigningKeyGuard dev = new SigningKeyGuard(Optional.of("dev-keys/private-key.pem"),
                Optional.of("dev-keys/public-key.pem"));
        assertThat(dev.problems(false)).isEmpty();
        assertThat(dev.problems(true)).hasSize(2);
        SigningKeyGuard none = new SigningKeyGuard(Optional.empty(), Optional.empty());
        assertThat(none.problems(true)).singleElement().asString().contains("verification key");
        SigningKeyGuard external = new SigningKeyGuard(Optional.empty(),
                Optional.of("https://sso.example.vn/realms/ocop/protocol/openid-connect/certs"));
        assertThat(external.problems(true)).isEmpty();
    }

    @Test
    void withoutASigningKeyNoTokensAreIssued() {
        SigningKeyGuard external = new SigningKeyGuard(Optional.of(" "), Optional.of("https://sso.example.vn/certs"));
        assertThatThrownBy(external::requireUsableSigningKey).isInstanceOf(ApiException.class);
    }
}
