package vn.ocop.api.common.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers of read-only queries (list pages with their totals, plan progress, area paths), kept in memory and
 * reused until any write commits. Officials read the same lists far more often than anyone writes; a hit costs
 * a hash lookup instead of two to eight SQL statements.
 * <p>
 * Correctness rests on the key: it holds the query and all its parameters, including the caller's scope
 * condition (so two callers share an answer only when they would run the same SQL), and the
 * {@link DataVersion} read <em>before</em> the answer is computed. A write that commits moves the version, so
 * later reads miss and recompute; answers of older versions are never read again and age out. Writes of other
 * replicas arrive through {@link ChangeFeed} (PostgreSQL {@code NOTIFY}); changes made outside the service, straight
 * in the database, show at the latest after {@code quarkus.cache.caffeine."reads".expire-after-write}.
 * <p>
 * {@code ocop.read-cache.enabled=false} turns it off (every read runs its SQL), e.g. to measure the database path.
 */
@ApplicationScoped
public class ReadCache {

    private final Cache cache;
    private final DataVersion version;
    private final boolean enabled;

    public ReadCache(@CacheName("reads") Cache cache, DataVersion version,
            @ConfigProperty(name = "ocop.read-cache.enabled", defaultValue = "true") boolean enabled) {
        this.cache = cache;
        this.version = version;
        this.enabled = enabled;
    }

    /** Whether answers are cached ({@code ocop.read-cache.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The answer of a query: cached, or computed by {@code load} on this thread (a concurrent caller of the same
     * key waits for it instead of running the query again). Exceptions of {@code load} are thrown and not cached.
     *
     * @param query names the query ("products.page"); keys of different queries never meet
     * @param parameters every value the answer depends on; must have value equality
     */
    public <T> T get(String query, Object parameters, Supplier<T> load) {
        if (!enabled) {
            return load.get();
        }
        Key key = new Key(query, version.current(), parameters);
        @SuppressWarnings("unchecked")
        T answer = (T) cache.get(key, k -> load.get()).await().indefinitely();
        return answer;
    }

    private record Key(String query, long version, Object parameters) {
    }
}
