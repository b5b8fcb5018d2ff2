package vn.ocop.api.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates of request bodies: a JSON string {@code yyyy-MM-dd} only (no epoch-day number, no {@code [y, m, d]} array),
 * with a year in {@link #MIN_YEAR}..{@link #MAX_YEAR}. A year such as -30403 is refused here with the field named,
 * instead of failing in the database.
 */
public final class StrictDates {

    /** First year any date of this API may have (the oldest unit or producer record is far younger). */
    public static final int MIN_YEAR = 1900;
    /** Last year any date of this API may have. */
    public static final int MAX_YEAR = 2100;

    private StrictDates() {
    }

    /** Whether a year is in the range every date and year of this API keeps to. */
    public static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInputException(p, LocalDate.class, "reason.date-format");
            }
            String text = p.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new RefusedInputException(p, LocalDate.class, "reason.date-format");
            }
            if (!inRange(date.getYear())) {
                throw new RefusedInputException(p, LocalDate.class, "reason.year-range", MIN_YEAR, MAX_YEAR);
            }
            return date;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
