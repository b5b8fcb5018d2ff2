package vn.ocop.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.ocop.api.common.time.Today;

/**
 * The OCOP rules for a verified bearer token (signature, issuer and expiry are checked by smallrye-jwt before):
 * <ul>
 * <li>Issued in the future (beyond {@code ocop.security.clock-skew}): refused.</li>
 * <li>Roles: the token's groups must name <em>exactly one</em> OCOP role, spelt exactly ({@code ADMIN},
 * {@code PROVINCE}, ...); other groups (an identity provider's own, {@code admin} in lower case) are ignored.
 * None or several: refused. The identity then carries that one role only, so {@code @RolesAllowed} and the
 * caller's scope ({@link Caller}) read the same role.</li>
 * <li>Account: a token this service issued carries the account's version ({@link TokenClaims#ACCOUNT_VERSION});
 * it works only while the account exists, is enabled and has that version (any change to the account, such as
 * a new role, area, password or disabling, ends the tokens issued before). Any token whose user name has a local
 * account that is disabled is refused too (external identity providers).</li>
 * <li>Officers: the area path (claim, else the local account's area) must be the path of a stored unit
 * ({@code "/"} or an invented path: refused).</li>
 * </ul>
 * Refused means 401 ({@link SecurityProblems}). The resolved {@link Scope} is kept in the identity for
 * {@link Caller}. The database reads are cached briefly ({@link AccountStates}).
 */
@ApplicationScoped
public class TokenIdentityAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute holding the resolved {@link Scope}. */
    static final String SCOPE_ATTRIBUTE = "ocop.scope";
    private static final Logger LOG = Logger.getLogger(TokenIdentityAugmentor.class);

    private final AccountStates states;
    private final Today clock;
    private final Duration clockSkew;

    public TokenIdentityAugmentor(AccountStates states, Today clock,
            @ConfigProperty(name = "ocop.security.clock-skew", defaultValue = "PT60S") Duration clockSkew) {
        this.states = states;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, jwt));
    }

    private SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt) {
        Scope scope = resolve(jwt.getName(), identity.getRoles(), jwt);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(SCOPE_ATTRIBUTE, scope)
                .addRole(scope.role().name())
                .build();
    }

    Scope resolve(String username, Set<String> groups, JsonWebToken jwt) {
        long issuedAt = jwt.getIssuedAtTime();
        if (issuedAt > clock.now().plus(clockSkew).getEpochSecond()) {
            throw refused(username, "issued in the future (iat " + Instant.ofEpochSecond(issuedAt) + ")");
        }
        Role role = roleOf(groups).orElseThrow(() -> refused(username, "groups " + groups
                + " do not name exactly one OCOP role"));
        Optional<AccountStates.AccountState> account = states.account(username);
        Long version = asLong(jwt.getClaim(TokenClaims.ACCOUNT_VERSION));
        if (version != null && (account.isEmpty() || account.get().version() != version)) {
            throw refused(username, "the account changed or no longer exists since the token was issued");
        }
        if (account.isPresent() && !account.get().enabled()) {
            throw refused(username, "the account is disabled");
        }
        String areaPath = asString(jwt.getClaim(TokenClaims.AREA_PATH));
        Long producerId = asLong(jwt.getClaim(TokenClaims.PRODUCER_ID));
        if (role.isOfficer() && areaPath == null && account.isPresent()) {
            areaPath = account.get().areaPath();
        }
        if (role == Role.PRODUCER && producerId == null && account.isPresent()) {
            producerId = account.get().producerId();
        }
        if (areaPath != null) {
            areaPath = AreaPaths.normalise(areaPath);
            if (!states.isAreaPath(areaPath)) {
                throw refused(username, "area_path " + areaPath + " is not a unit");
            }
        }
        return new Scope(username, role, role.isOfficer() ? areaPath : null, producerId);
    }

    /** The one OCOP role named exactly among the groups; empty when none or several. */
    static Optional<Role> roleOf(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role.parse(group).ifPresent(roles::add);
        }
        return roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
    }

    private static AuthenticationFailedException refused(String username, String reason) {
        LOG.debugf("Token of %s refused: %s", username, reason);
        return new AuthenticationFailedException("Token refused: " + reason);
    }

    static String asString(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        return text.isBlank() ? null : text;
    }

    static Long asLong(Object claim) {
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        String text = asString(claim);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
