package vn.ocop.scoring.calendar;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/** A span of days, both ends inclusive. */
public record DateWindow(@JsonSerialize(using = ToStringSerializer.class) LocalDate from,
                         @JsonSerialize(using = ToStringSerializer.class) LocalDate to) {

    public DateWindow {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a date window needs from <= to, got " + from + " .. " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
