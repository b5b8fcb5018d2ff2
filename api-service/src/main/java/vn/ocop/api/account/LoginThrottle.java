package vn.ocop.api.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.LoginBackoffException;
import vn.ocop.api.security.RateLimiter;

/**
 * Sign-in backoff per user name and client address, counted in the database ({@code login_failure}) so that
 * every replica applies it. The first {@code ocop.login-backoff.free-failures} consecutive failures (default 5)
 * cost nothing; each further failure blocks that user name from that address for a delay that doubles from
 * {@code base-delay} (1 s) up to {@code max-delay} (5 min). While blocked, sign-ins of that pair are answered
 * 429 with {@code Retry-After} without checking the password (so guessing gets no answer), and are not counted.
 * A successful sign-in resets the pair; a pair quiet for a day starts again from zero.
 * <p>
 * Because the address is part of the key, failures from an attacker's address never delay the account's owner
 * signing in from another address; from one shared address (the same office behind NAT) the owner waits at
 * most {@code max-delay}. Guessing from many addresses is bounded per address by this backoff and by the
 * per-address rate limit of {@link RateLimitFilter}.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration QUIET = Duration.ofDays(1);
    private static final int MAX_CLIENT_LENGTH = 64;

    private final EntityManager entities;
    private final Today clock;
    private final boolean enabled;
    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;

    public LoginThrottle(EntityManager entities, Today clock,
            @ConfigProperty(name = "ocop.login-backoff.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ocop.login-backoff.free-failures", defaultValue = "5") int freeFailures,
            @ConfigProperty(name = "ocop.login-backoff.base-delay", defaultValue = "PT1S") Duration baseDelay,
            @ConfigProperty(name = "ocop.login-backoff.max-delay", defaultValue = "PT5M") Duration maxDelay) {
        this.entities = entities;
        this.clock = clock;
        this.enabled = enabled;
        this.freeFailures = freeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    /** Throws {@link LoginBackoffException} when this user name is blocked from this client. */
    public void check(String username, String client) {
        if (!enabled) {
            return;
        }
        Instant now = now();
        LoginFailure row = QuarkusTransaction.requiringNew()
                .call(() -> entities.find(LoginFailure.class, key(username, client)));
        if (row != null && row.blockedUntil != null && row.blockedUntil.isAfter(now)) {
            throw new LoginBackoffException(RateLimiter.seconds(Duration.between(now, row.blockedUntil).toNanos()));
        }
    }

    /** Counts a failed sign-in (in its own transaction: the sign-in's own rolls back). */
    public void failed(String username, String client) {
        if (!enabled) {
            return;
        }
        LoginFailure.Key key = key(username, client);
        try {
            QuarkusTransaction.requiringNew().run(() -> count(key));
        } catch (RuntimeException e) {
            // Two first failures at once: the other one inserted the row; count this one on it.
            QuarkusTransaction.requiringNew().run(() -> count(key));
        }
    }

    /** A successful sign-in: the pair starts again from zero. */
    public void succeeded(String username, String client) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entities
                .createQuery("delete from LoginFailure f where f.username = :username and f.client = :client")
                .setParameter("username", key(username, client).username)
                .setParameter("client", key(username, client).client)
                .executeUpdate());
    }

    private void count(LoginFailure.Key key) {
        Instant now = now();
        LoginFailure row = entities.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean first = row == null;
        if (first) {
            row = new LoginFailure();
            row.username = key.username;
            row.client = key.client;
        } else if (row.lastFailureAt.isBefore(now.minus(QUIET))) {
            row.failures = 0;
        }
        row.failures++;
        row.lastFailureAt = now;
        Duration delay = delayAfter(row.failures);
        row.blockedUntil = delay.isZero() ? null : now.plus(delay);
        if (first) {
            entities.persist(row);
            // Now and then (a new pair), purge the pairs that have been quiet for a day.
            entities.createQuery("delete from LoginFailure f where f.lastFailureAt < :horizon")
                    .setParameter("horizon", now.minus(QUIET)).executeUpdate();
        }
        entities.flush();
    }

    /** Whole milliseconds: what every database stores exactly (no rounding up of a block's end). */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The delay after the n-th consecutive failure: none for the free ones, then doubling, capped. */
    Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        if (over > 40) {
            return maxDelay;
        }
        Duration delay = baseDelay.multipliedBy(1L << (over - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static LoginFailure.Key key(String username, String client) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        String address = client.length() > MAX_CLIENT_LENGTH ? client.substring(0, MAX_CLIENT_LENGTH) : client;
        return new LoginFailure.Key(name, address);
    }
}
