package vn.ocop.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256 tokens for tests, signed with the development key (dev-keys/private-key.pem) with the JDK only,
 * so they work anywhere (no Quarkus needed) and can be broken on purpose (expired, foreign issuer, other key).
 *
 * <pre>{@code
 * given().auth().oauth2(TestTokens.admin())...
 * given().auth().oauth2(TestTokens.officer(Role.COMMUNE, area.path))...
 * // or for a whole test class written without tokens:
 * @BeforeEach void signIn() { TestTokens.authenticateEveryRequest(TestTokens.admin()); }
 * @AfterEach void signOut() { TestTokens.reset(); }
 * // ... and in such a class, one request as someone else, or as nobody:
 * given().header(TestTokens.as(TestTokens.producer(7)))...
 * given().header(TestTokens.anonymous())...
 * }</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "ocop";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrivateKey DEV_KEY = loadDevKey();

    private TestTokens() {
    }

    /** A national administrator. */
    public static String admin() {
        return builder("admin-" + UUID.randomUUID(), Role.ADMIN).sign();
    }

    /** A PROVINCE, DISTRICT or COMMUNE officer bound to the area with this path ("/3/17/"). */
    public static String officer(Role role, String areaPath) {
        return builder(role.name().toLowerCase() + "-" + UUID.randomUUID(), role).areaPath(areaPath).sign();
    }

    /** A PRODUCER account acting for this producer. */
    public static String producer(long producerId) {
        return builder("producer-" + UUID.randomUUID(), Role.PRODUCER).producerId(producerId).sign();
    }

    /** A COUNCIL account with this user name (council_member.user_id). */
    public static String council(String username) {
        return builder(username, Role.COUNCIL).sign();
    }

    public static Builder builder(String username, Role role) {
        return new Builder(username, role == null ? List.of() : List.of(role.name()));
    }

    /**
     * Sends {@code Authorization: Bearer <token>} on every REST Assured request until {@link #reset()}, unless a
     * request carries its own Authorization header ({@link #as(String)}) or {@link #anonymous()}.
     */
    public static void authenticateEveryRequest(String token) {
        reset();
        DefaultToken filter = new DefaultToken(token);
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.add(filter);
        RestAssured.replaceFiltersWith(filters);
    }

    /** Removes the default token of {@link #authenticateEveryRequest}. */
    public static void reset() {
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        if (filters.removeIf(DefaultToken.class::isInstance)) {
            RestAssured.replaceFiltersWith(filters);
        }
    }

    /** The Authorization header for one request: {@code given().header(TestTokens.as(token))}. */
    public static Header as(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    /** Marks one request as sent without any token, even when a default token is set. */
    public static Header anonymous() {
        return new Header(ANONYMOUS_MARKER, "true");
    }

    private static final String ANONYMOUS_MARKER = "X-Test-Anonymous";

    /** Adds the default bearer token to requests that have no Authorization header of their own. */
    private static final class DefaultToken implements Filter {
        private final String token;

        DefaultToken(String token) {
            this.token = token;
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS_MARKER)) {
                request.removeHeader(ANONYMOUS_MARKER);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return context.next(request, response);
        }
    }

    /** A token being put together; every part can be set wrong on purpose. */
    public static final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private PrivateKey key = DEV_KEY;

        private Builder(String username, List<String> groups) {
            Instant now = Instant.now();
            claims.put("iss", ISSUER);
            claims.put("upn", username);
            claims.put("sub", username);
            claims.put("groups", groups);
            claims.put("iat", now.getEpochSecond());
            claims.put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
            claims.put("jti", UUID.randomUUID().toString());
        }

        public Builder areaPath(String path) {
            claims.put(TokenClaims.AREA_PATH, path);
            return this;
        }

        public Builder producerId(long id) {
            claims.put(TokenClaims.PRODUCER_ID, id);
            return this;
        }

        /** The groups claim as an identity provider might send it (any spelling, several, none). */
        public Builder groups(String... groups) {
            claims.put("groups", List.of(groups));
            return this;
        }

        /** Issued at this time ({@code iat}), expiring an hour later. */
        public Builder issuedAt(Instant issuedAt) {
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("exp", issuedAt.plus(Duration.ofHours(1)).getEpochSecond());
            return this;
        }

        public Builder issuer(String issuer) {
            claims.put("iss", issuer);
            return this;
        }

        public Builder expiredSince(Duration ago) {
            Instant expiry = Instant.now().minus(ago);
            claims.put("iat", expiry.minus(Duration.ofHours(1)).getEpochSecond());
            claims.put("exp", expiry.getEpochSecond());
            return this;
        }

        /** Signs with a fresh key nobody trusts. */
        public Builder signedWithForeignKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                key = generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        public String sign() {
            try {
                String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
                String payload = b64(JSON.writeValueAsBytes(claims));
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key);
                signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
                return header + "." + payload + "." + b64(signature.sign());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The claims of a token, without checking it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claimsOf(String token) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey loadDevKey() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("dev-keys/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | NullPointerException e) {
            throw new IllegalStateException("dev-keys/private-key.pem not readable", e);
        }
    }
}
