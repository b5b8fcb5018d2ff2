package vn.ocop.api.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data (the five seed plans) loaded at start-up; on in the dev profile only. */
@ConfigMapping(prefix = "ocop.demo-data")
public interface DemoDataConfig {

    /** Load the demo data when the service starts. */
    @WithDefault("false")
    boolean enabled();
}
