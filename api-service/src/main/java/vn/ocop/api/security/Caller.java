package vn.ocop.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who makes the current request: user name, role, area path (officers) and producer id (producers), read
 * from the verified bearer token; anonymous when there is none. Tokens from an external OpenID Connect
 * provider that carry no area or producer claim are completed from the local account of the same user name.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final AccountRepository accounts;
    private Scope scope;

    public Caller(SecurityIdentity identity, AccountRepository accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    /** The rights of start-up tasks that run outside any HTTP request (see {@link #actAsSystem()}). */
    public static final Scope SYSTEM = new Scope("system", Role.ADMIN, null, null);

    /**
     * For start-up tasks outside any HTTP request (the demo data loader): act with ADMIN rights for the rest
     * of the current request context. Never call it while serving a request.
     */
    public void actAsSystem() {
        scope = SYSTEM;
    }

    /** The caller's rights as plain data. */
    public Scope scope() {
        if (scope == null) {
            scope = resolve();
        }
        return scope;
    }

    public boolean isAnonymous() {
        return scope().anonymous();
    }

    /** The account's user name (the actor to record in audit entries), or null when anonymous. */
    public String username() {
        return scope().username();
    }

    /** The role, or null when anonymous. */
    public Role role() {
        return scope().role();
    }

    public String areaPath() {
        return scope().areaPath();
    }

    public Long producerId() {
        return scope().producerId();
    }

    private Scope resolve() {
        if (identity == null || identity.isAnonymous()) {
            return Scope.ANONYMOUS;
        }
        String username = identity.getPrincipal().getName();
        Optional<Role> role = identity.getRoles().stream().map(Role::parse).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (role.isEmpty()) {
            // Authenticated, but with no OCOP role: may call nothing that needs one.
            return new Scope(username, null, null, null);
        }
        String areaPath = null;
        Long producerId = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            areaPath = asString(jwt.getClaim(TokenClaims.AREA_PATH));
            producerId = asLong(jwt.getClaim(TokenClaims.PRODUCER_ID));
        }
        boolean needsArea = role.get().isOfficer() && areaPath == null;
        boolean needsProducer = role.get() == Role.PRODUCER && producerId == null;
        if (needsArea || needsProducer) {
            Optional<Account> account = accounts.findByUsername(username);
            if (account.isPresent() && account.get().enabled) {
                if (needsArea && account.get().area != null) {
                    areaPath = account.get().area.path;
                }
                if (needsProducer && account.get().producer != null) {
                    producerId = account.get().producer.id;
                }
            }
        }
        return new Scope(username, role.get(), areaPath, producerId);
    }

    private static String asString(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        return text.isBlank() ? null : text;
    }

    private static Long asLong(Object claim) {
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
