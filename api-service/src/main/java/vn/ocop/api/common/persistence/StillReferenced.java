package vn.ocop.api.common.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import vn.ocop.api.common.problem.ApiException;

/**
 * A delete refused by a foreign key (a record still refers to the one deleted, e.g. one added after the service's
 * own checks) is a 409 naming what could not be deleted, not a 500.
 */
public final class StillReferenced {

    /** SQLSTATE of a foreign key violation, on PostgreSQL and H2 alike. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    private StillReferenced() {
    }

    /** Runs a delete and its flush; a foreign key violation becomes a 409 about {@code entityKey}. */
    public static void write(Runnable delete, String entityKey) {
        try {
            delete.run();
        } catch (PersistenceException e) {
            if (isForeignKeyViolation(e)) {
                throw ApiException.stateConflict("detail.still-referenced", entityKey);
            }
            throw e;
        }
    }

    public static boolean isForeignKeyViolation(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
