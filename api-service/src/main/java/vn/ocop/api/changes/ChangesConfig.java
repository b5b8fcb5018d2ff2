package vn.ocop.api.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Change feed settings ({@code ocop.changes.*}, docs/integration.md). */
@ConfigMapping(prefix = "ocop.changes")
public interface ChangesConfig {

    /** How long events are kept; a cursor older than this answers 410 Gone. */
    @WithDefault("P30D")
    Duration retention();

    /** Days back the daily expiry job looks for certificates whose last day in force passed (covers downtime). */
    @WithDefault("7")
    int expiryLookbackDays();

    /** Whether the scheduled jobs (sequencer, expiry, prune) run; tests drive them by hand. */
    @WithDefault("true")
    boolean jobsEnabled();
}
