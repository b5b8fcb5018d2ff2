package vn.ocop.api.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production refuses to start without a usable public base URL; dev and test mode fall back to the local server. */
class PublicBaseUrlGuardTest {

    @Test
    void productionWithoutTheBaseUrlIsRefusedNamingTheVariable() {
        assertThat(new PublicBaseUrlGuard(Optional.empty()).problems(true)).singleElement().asString()
                .contains("OCOP_PUBLIC_BASE_URL").contains("QR code");
        assertThat(new PublicBaseUrlGuard(Optional.of("  ")).problems(true)).singleElement().asString()
                .contains("OCOP_PUBLIC_BASE_URL");
    }

    @Test
    void productionWithAnUnusableBaseUrlIsRefused() {
        for (String bad : new String[] {"ocop.example.gov.vn", "ftp://ocop.example.gov.vn", "https://",
                "https://ocop.example.gov.vn/?x=1", "https://ocop example"}) {
            assertThat(new PublicBaseUrlGuard(Optional.of(bad)).problems(true)).as(bad).singleElement().asString()
                    .contains("not an absolute http(s) URL");
        }
    }

    @Test
    void productionWithAnAbsoluteUrlStarts() {
        assertThat(new PublicBaseUrlGuard(Optional.of("https://ocop.example.gov.vn")).problems(true)).isEmpty();
        assertThat(new PublicBaseUrlGuard(Optional.of("https://example.gov.vn/ocop/")).problems(true)).isEmpty();
    }

    @Test
    void devAndTestStartWithoutIt() {
        assertThat(new PublicBaseUrlGuard(Optional.empty()).problems(false)).isEmpty();
    }

    @Test
    void aConfiguredBaseUrlMakesTheShortAddress() {
        VerificationUrls urls = new VerificationUrls(Optional.of("https://ocop.example.gov.vn/"));
        assertThat(urls.of("OCOP-19-2025-0012")).isEqualTo("https://ocop.example.gov.vn/v/OCOP-19-2025-0012");
        assertThat(urls.of("SỐ 12/A")).isEqualTo("https://ocop.example.gov.vn/v/S%E1%BB%90%2012%2FA");
    }
}
