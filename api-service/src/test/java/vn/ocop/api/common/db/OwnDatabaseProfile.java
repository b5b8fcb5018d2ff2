package vn.ocop.api.common.db;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * A test profile with a database of its own: on H2 a separate in-memory database named by the subclass; on
 * PostgreSQL Flyway cleans the test database when the profile starts.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    /** The H2 in-memory database's name. */
    protected abstract String databaseName();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>();
        if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
            overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + databaseName() + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return overrides;
    }
}
