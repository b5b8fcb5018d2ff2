package vn.ocop.api.common.lifecycle;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to find it: API, Swagger UI, health and metrics. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        LOG.infof("OCOP API ready: %s/api/v1 | Swagger UI: %s/q/swagger-ui | OpenAPI: %s/q/openapi"
                + " | health: %s/q/health | metrics: %s/q/metrics", base, base, base, base, base);
    }
}
