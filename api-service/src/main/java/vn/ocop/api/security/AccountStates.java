package vn.ocop.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ocop.api.common.cache.DataVersion;
import vn.ocop.api.common.time.Today;

/**
 * What the per-request token checks need from the database, cached briefly: the state of the account behind a
 * user name (enabled, version, role, binding) and whether an area path names a real unit.
 * <p>
 * An entry is reused only while no write has committed since it was read ({@link DataVersion}: every write of
 * this replica, and of the others through the change feed), and for at most {@code ocop.security.account-check-interval}
 * (default 30 s), which bounds how long a change made straight in the database (or missed by the feed) goes
 * unseen. So disabling an account, or changing its role, through the API ends its tokens on the next request;
 * in every other case within the interval.
 */
@ApplicationScoped
public class AccountStates {

    /** The account as the token checks see it. */
    public record AccountState(long version, boolean enabled, Role role, String areaPath, Long producerId) {
    }

    private record Entry<T>(long dataVersion, T value) {
    }

    private static final int MAX_ENTRIES = 20_000;

    private final EntityManager entities;
    private final DataVersion dataVersion;
    private final Cache<String, Entry<Optional<AccountState>>> accounts;
    private final Cache<String, Entry<Boolean>> areaPaths;

    public AccountStates(EntityManager entities, DataVersion dataVersion, Today clock,
            @ConfigProperty(name = "ocop.security.account-check-interval", defaultValue = "PT30S") Duration interval) {
        this.entities = entities;
        this.dataVersion = dataVersion;
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(interval)
                .ticker(clock::nanos).build();
        this.areaPaths = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(interval)
                .ticker(clock::nanos).build();
    }

    /** The account with this user name, if any. */
    public Optional<AccountState> account(String username) {
        return cached(accounts, username, () -> load(username));
    }

    /** Whether {@code path} (normalised, "/3/17/") is the path of a stored area. */
    public boolean isAreaPath(String path) {
        return cached(areaPaths, path, () -> QuarkusTransaction.joiningExisting().call(() -> entities
                .createQuery("select count(a) from Area a where a.path = :path", Long.class)
                .setParameter("path", path).getSingleResult() > 0));
    }

    private <T> T cached(Cache<String, Entry<T>> cache, String key, Supplier<T> loader) {
        long version = dataVersion.current();
        Entry<T> entry = cache.getIfPresent(key);
        if (entry == null || entry.dataVersion() != version) {
            entry = new Entry<>(version, loader.get());
            cache.put(key, entry);
        }
        return entry.value();
    }

    private Optional<AccountState> load(String username) {
        return QuarkusTransaction.joiningExisting().call(() -> entities.createQuery(
                        "select a.version, a.enabled, a.role, ar.path, p.id from Account a left join a.area ar"
                                + " left join a.producer p where a.username = :username", Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(row -> new AccountState((Long) row[0], (Boolean) row[1], (Role) row[2], (String) row[3],
                        (Long) row[4])));
    }
}
