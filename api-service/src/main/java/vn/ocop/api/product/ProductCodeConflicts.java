package vn.ocop.api.product;

import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.api.common.problem.ApiException;

/**
 * Turns a violation of the unique product code constraints (the product's code, the register's code and
 * sequence), which a concurrent writer can cause after the service's own check, into the same 409 the check gives.
 */
final class ProductCodeConflicts {

    static final String CONSTRAINT = "product_code_uq";

    /** The register's constraints (V10): one row per code text, and per sequence of a commune and year. */
    static final java.util.List<String> CONSTRAINTS = java.util.List.of(CONSTRAINT, "product_code_issue_code_uq",
            "product_code_issue_sequence_uq");

    private ProductCodeConflicts() {
    }

    /**
     * Runs a write (a persist, which inserts at once with identity ids, or a flush) and turns a violation of the
     * unique code into a 409 naming productCode.
     */
    static void write(Runnable write, String productCode) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (isCodeTaken(e)) {
                throw ApiException.conflict(ProductCodeRules.FIELD, "reason.product-code-taken", productCode);
            }
            throw e;
        }
    }

    /** Whether {@code e} (or a cause) is a violation of the unique product code constraint. */
    static boolean isCodeTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                String text = name != null ? name : String.valueOf(violation.getSQLException().getMessage());
                String lower = text.toLowerCase(Locale.ROOT);
                return CONSTRAINTS.stream().anyMatch(lower::contains);
            }
        }
        return false;
    }
}
