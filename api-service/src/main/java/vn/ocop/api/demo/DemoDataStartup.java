package vn.ocop.api.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Loads the demo data at start-up when {@code ocop.demo-data.enabled=true} (the dev profile). */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class);

    private final DemoDataConfig config;
    private final DemoDataLoader loader;
    private volatile DemoSummary loaded;

    public DemoDataStartup(DemoDataConfig config, DemoDataLoader loader) {
        this.config = config;
        this.loader = loader;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        loaded = loader.load();
        LOG.infof("Demo data: %d areas, %d producers, %d products, %d certificates, %d plans, %d rounds created%s",
                loaded.areas(), loaded.producers(), loaded.products(), loaded.certificates(), loaded.plans(),
                loaded.rounds(),
                loaded.createdNothing() ? " (already loaded)" : "");
    }

    /** What the load at start-up created; empty when demo data is disabled. */
    public Optional<DemoSummary> loadedAtStartup() {
        return Optional.ofNullable(loaded);
    }
}
