package vn.ocop.api.account;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ocop.api.security.BadCredentialsException;
import vn.ocop.api.security.SigningKeyGuard;
import vn.ocop.api.security.TokenClaims;

/**
 * Exchanges a user name and password for a signed access token (RS256, key from
 * {@code smallrye.jwt.sign.key.location}). Unknown user, wrong password and disabled account get the same
 * answer after the same work (one Argon2id verification). The token carries the account's version: any later
 * change to the account ends it ({@link TokenIdentityAugmentor}).
 */
@ApplicationScoped
public class TokenService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final DemoAccounts demoAccounts;
    private final SigningKeyGuard keyGuard;
    private final LoginThrottle throttle;
    private final String issuer;
    private final Duration lifetime;

    public TokenService(AccountRepository accounts, PasswordHasher hasher, DemoAccounts demoAccounts,
            SigningKeyGuard keyGuard, LoginThrottle throttle,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "ocop.security.token-lifetime", defaultValue = "PT1H") Duration lifetime) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.demoAccounts = demoAccounts;
        this.keyGuard = keyGuard;
        this.throttle = throttle;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /**
     * Signs in {@code request.username()} from {@code client} (its address). Blocked by {@link LoginThrottle}
     * after repeated failures: {@link LoginBackoffException} before any password is checked.
     */
    @Transactional
    public TokenResponse issue(TokenRequest request, String client) {
        keyGuard.requireUsableSigningKey();
        String username = request.username().trim();
        throttle.check(username, client);
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyDecoy(request.password());
            throttle.failed(username, client);
            throw new BadCredentialsException();
        }
        Account account = found.get();
        boolean matches = hasher.verify(request.password(), account.passwordHash);
        if (!matches || !account.enabled) {
            throttle.failed(username, client);
            throw new BadCredentialsException();
        }
        throttle.succeeded(username, client);
        demoAccounts.bindIfPending(account);
        accounts.flush(); // the version the token carries is the one after any binding above
        return new TokenResponse(sign(account), "Bearer", lifetime.toSeconds());
    }

    private String sign(Account account) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .upn(account.username)
                .subject(account.username)
                .groups(Set.of(account.role.name()))
                .claim(TokenClaims.NAME, account.displayName)
                .claim(TokenClaims.ACCOUNT_VERSION, account.version)
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
