package vn.ocop.api.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.ocop.api.common.problem.ApiException;

/**
 * Parses enum and date query parameters so that a bad value is a 400 naming the parameter (Jakarta REST would
 * answer 404 when it cannot convert a query parameter itself).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The constant named {@code value} (case-insensitive), null when absent, 400 when unknown. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "reason.invalid-value", value);
        }
    }

    /** An ISO date (2026-09-01), null when absent, 400 when malformed. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "reason.invalid-value", value);
        }
    }
}
