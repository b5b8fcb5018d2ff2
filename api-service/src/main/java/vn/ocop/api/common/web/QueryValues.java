package vn.ocop.api.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.ocop.api.common.json.StrictDates;
import vn.ocop.api.common.problem.ApiException;

/**
 * Parsing of query parameters taken as text, so that a bad value is a 400 naming the parameter (Jakarta REST
 * turns a failed conversion of a typed query parameter into a 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static Long parseLong(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "reason.invalid-value", value);
        }
    }

    public static LocalDate parseDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "reason.invalid-date", value);
        }
        if (!StrictDates.inRange(date.getYear())) {
            throw ApiException.invalidField(field, "reason.year-range", StrictDates.MIN_YEAR, StrictDates.MAX_YEAR);
        }
        return date;
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "reason.invalid-value", value);
        }
    }
}
