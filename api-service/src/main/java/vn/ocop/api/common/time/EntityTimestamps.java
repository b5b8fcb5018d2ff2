package vn.ocop.api.common.time;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock for entity lifecycle callbacks ({@code VersionedEntity}'s {@code @PrePersist}/{@code @PreUpdate}).
 * <p>
 * Chosen over setting the timestamps in each service: Hibernate calls the callbacks on entity instances, which are
 * not beans and cannot have {@link Today} injected, and every service that persists anything would otherwise have
 * to remember to stamp it. So this one static helper looks the bean up in the running container (as
 * {@code DataChangeListener} does for the data version); nothing else should use it.
 */
public final class EntityTimestamps {

    private EntityTimestamps() {
    }

    /**
     * Now, from the {@link Today} bean of the running application, to the microsecond: what H2 and PostgreSQL store,
     * so that the answer to a write (and its change-feed event) shows the timestamps a later read shows.
     */
    public static Instant now() {
        ArcContainer container = Arc.container();
        if (container == null) {
            throw new IllegalStateException("entity timestamps need the running application's clock");
        }
        return container.instance(Today.class).get().now().truncatedTo(ChronoUnit.MICROS);
    }
}
