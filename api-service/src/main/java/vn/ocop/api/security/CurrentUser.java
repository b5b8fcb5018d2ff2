package vn.ocop.api.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current request, as recorded on decisions and audit entries: the user name of the
 * account behind the verified bearer token ({@link Caller}), "anonymous" when there is none. No request header
 * can name the actor.
 */
@RequestScoped
public class CurrentUser {

    public static final String ANONYMOUS = "anonymous";

    private final Caller caller;

    public CurrentUser(Caller caller) {
        this.caller = caller;
    }

    /** The actor recorded on decisions and audit entries. */
    public String name() {
        String username = caller.isAnonymous() ? null : caller.username();
        return username == null || username.isBlank() ? ANONYMOUS : username;
    }
}
