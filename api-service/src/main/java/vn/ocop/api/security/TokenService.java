package vn.ocop.api.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exchanges a user name and password for a signed access token (RS256, key from
 * {@code smallrye.jwt.sign.key.location}). Unknown user, wrong password and disabled account get the same
 * answer after the same work (one Argon2id verification).
 */
@ApplicationScoped
public class TokenService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final DemoAccounts demoAccounts;
    private final SigningKeyGuard keyGuard;
    private final String issuer;
    private final Duration lifetime;

    public TokenService(AccountRepository accounts, PasswordHasher hasher, DemoAccounts demoAccounts,
            SigningKeyGuard keyGuard,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "ocop.security.token-lifetime", defaultValue = "PT1H") Duration lifetime) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.demoAccounts = demoAccounts;
        this.keyGuard = keyGuard;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    @Transactional
    public TokenResponse issue(TokenRequest request) {
        keyGuard.requireUsableSigningKey();
        Optional<Account> found = accounts.findByUsername(request.username().trim());
        if (found.isEmpty()) {
            hasher.verifyDecoy(request.password());
            throw new BadCredentialsException();
        }
        Account account = found.get();
        boolean matches = hasher.verify(request.password(), account.passwordHash);
        if (!matches || !account.enabled) {
            throw new BadCredentialsException();
        }
        demoAccounts.bindIfPending(account);
        return new TokenResponse(sign(account), "Bearer", lifetime.toSeconds());
    }

    private String sign(Account account) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .upn(account.username)
                .subject(account.username)
                .groups(Set.of(account.role.name()))
                .claim(TokenClaims.NAME, account.displayName)
                .expiresIn(lifetime);
        if (account.area != null) {
            claims.claim(TokenClaims.AREA_ID, account.area.id);
            claims.claim(TokenClaims.AREA_PATH, account.area.path);
        }
        if (account.producer != null) {
            claims.claim(TokenClaims.PRODUCER_ID, account.producer.id);
        }
        return claims.sign();
    }
}
