package vn.ocop.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time the security checks read (token issue time, sign-in backoff, the account-state cache), one bean so
 * that tests move it instead of sleeping ({@code QuarkusMock.installMockForType}).
 */
@ApplicationScoped
public class SecurityClock {

    /** Wall-clock time. */
    public Instant now() {
        return Instant.now();
    }

    /** A monotonic reading in nanoseconds, for expiring cached entries. */
    public long nanos() {
        return System.nanoTime();
    }
}
