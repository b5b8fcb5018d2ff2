package vn.ocop.api.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * The test profile with demo data loaded at start-up, as in the dev profile. On H2 it uses its own in-memory
 * database: a restarted application cannot reuse the H2 database of the previous one, and the default tests must
 * not see demo data. On PostgreSQL (the "pg" suite) Flyway cleans the database at each start anyway.
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("ocop.demo-data.enabled", "true");
        if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
            overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:ocop_demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return overrides;
    }
}
