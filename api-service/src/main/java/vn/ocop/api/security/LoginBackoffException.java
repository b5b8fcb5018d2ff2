package vn.ocop.api.security;

/** Sign-in refused without checking the password: too many recent failures for this user name and client. */
public class LoginBackoffException extends RuntimeException {

    private final long retryAfterSeconds;

    public LoginBackoffException(long retryAfterSeconds) {
        super("sign-in backoff: retry after " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
