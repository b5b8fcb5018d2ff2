package vn.ocop.api.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Consecutive failed sign-ins of one user name from one client address (V14), for {@link LoginThrottle}. Not a
 * {@code VersionedEntity}: recording a failure is not a data change (it moves no cache).
 */
@Entity
@Table(name = "login_failure")
@IdClass(LoginFailure.Key.class)
public class LoginFailure {

    /** The user name as typed, in lower case (whether or not such an account exists). */
    @Id
    public String username;

    /** The client address. */
    @Id
    public String client;

    @Column(nullable = false)
    public int failures;

    /** No password is checked for this pair before this time (null: not blocked). */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    /** Primary key: user name and client. */
    public static class Key implements Serializable {
        public String username;
        public String client;

        public Key() {
        }

        public Key(String username, String client) {
            this.username = username;
            this.client = client;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && username.equals(key.username) && client.equals(key.client);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, client);
        }
    }
}
