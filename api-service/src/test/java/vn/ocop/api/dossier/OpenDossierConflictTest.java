package vn.ocop.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 15: only a violation of the one-open-dossier-per-product constraint is reported as "the product
 * already has an open dossier" (409); any other database error (a check constraint, a closed database) is not.
 */
class OpenDossierConflictTest {

    private static PersistenceException violation(String constraint) {
        return new PersistenceException(new ConstraintViolationException("could not execute statement",
                new SQLException("violation", "23505"), constraint));
    }

    @Test
    void theOpenDossierConstraintMeansAnOpenDossier() {
        assertThat(DossierService.violates(violation("dossier_open_product_uq"), DossierService.OPEN_DOSSIER_CONSTRAINT))
                .isTrue();
        // PostgreSQL and H2 name it as written; H2 may add the schema or upper-case it.
        assertThat(DossierService.violates(violation("PUBLIC.DOSSIER_OPEN_PRODUCT_UQ_INDEX_A"),
                DossierService.OPEN_DOSSIER_CONSTRAINT)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOpenDossier() {
        assertThat(DossierService.violates(violation("dossier_type_ck"), DossierService.OPEN_DOSSIER_CONSTRAINT))
                .isFalse();
        assertThat(DossierService.violates(violation(null), DossierService.OPEN_DOSSIER_CONSTRAINT)).isFalse();
        assertThat(DossierService.violates(new PersistenceException(new JDBCConnectionException(
                "The database has been closed", new SQLException("closed", "90098"))),
                DossierService.OPEN_DOSSIER_CONSTRAINT)).isFalse();
    }
}
