package vn.ocop.api.security;

/** Wrong user name or password, or a disabled account: one answer for all, 401. */
public class BadCredentialsException extends RuntimeException {

    public BadCredentialsException() {
        super("bad credentials", null, false, false);
    }
}
