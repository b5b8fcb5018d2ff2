package vn.ocop.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who makes the current request: user name, role, area path (officers) and producer id (producers), read
 * from the verified bearer token as {@link TokenIdentityAugmentor} resolved it; anonymous when there is none.
 * Tokens from an external OpenID Connect provider that carry no area or producer claim are completed from the
 * local account of the same user name.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private Scope scope;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
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

    /**
     * For a background job started by a request (a register import): act with that request's caller's rights for
     * the rest of the job's own request context, so its writes are recorded as the caller's.
     */
    public void actAs(Scope requester) {
        scope = requester;
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
        // Every bearer token passes TokenIdentityAugmentor, which refuses it or leaves the scope it resolved.
        Scope resolved = identity.getAttribute(TokenIdentityAugmentor.SCOPE_ATTRIBUTE);
        return resolved != null ? resolved : new Scope(identity.getPrincipal().getName(), null, null, null);
    }
}
