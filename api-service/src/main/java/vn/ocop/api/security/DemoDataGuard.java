package vn.ocop.api.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the demo data out of production: the demo accounts' passwords are published in the README, so a
 * production start (packaged application) with {@code ocop.demo-data.enabled=true}
 * ({@code OCOP_DEMO_DATA_ENABLED}) fails before anything is loaded, as {@link SigningKeyGuard} does for the
 * published keys. Demo data is for {@code quarkus:dev} only.
 */
@ApplicationScoped
public class DemoDataGuard {

    private final boolean demoDataEnabled;

    public DemoDataGuard(@ConfigProperty(name = "ocop.demo-data.enabled", defaultValue = "false") boolean demoDataEnabled) {
        this.demoDataEnabled = demoDataEnabled;
    }

    /** Runs before every other start-up observer (the demo data loader and the demo accounts among them). */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = problems(LaunchMode.current() == LaunchMode.NORMAL);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
                    + ". See deploy/README.md, section Security.");
        }
    }

    /** What is wrong for a production start (empty when fine or not production). */
    List<String> problems(boolean production) {
        if (production && demoDataEnabled) {
            return List.of("demo data is enabled (OCOP_DEMO_DATA_ENABLED / ocop.demo-data.enabled): its accounts'"
                    + " passwords are published in the README");
        }
        return List.of();
    }
}
