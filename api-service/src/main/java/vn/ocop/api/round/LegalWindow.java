package vn.ocop.api.round;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.calendar.EvaluationCalendar;
import vn.ocop.scoring.calendar.RoundFit;
import vn.ocop.scoring.process.Level;

/**
 * Whether a round's decision day fits the legal rounds of its rule set (26/2026 Điều 5: provinces decide before
 * 30 Jun and 30 Dec, the ministry before 30 Mar and 30 Sep), from the engine's evaluation calendar. When the rule
 * set fixes no rounds for the level, {@code applies} is false and any day fits.
 */
@Schema(name = "LegalWindow")
public record LegalWindow(
        boolean applies,
        boolean fits,
        @Schema(description = "Proposals from the lower level close on this day") LocalDate proposeBefore,
        @Schema(description = "The round must be decided before this day") LocalDate decideBefore,
        @Schema(description = "The decision period of the round the day falls in, or of the next round") LocalDate periodFrom,
        LocalDate periodTo,
        @Schema(description = "Why, in English") String reason) {

    static LegalWindow of(EvaluationCalendar calendar, Level level, LocalDate decidedOn) {
        RoundFit fit = calendar.fitsLegalWindow(level, decidedOn);
        if (fit instanceof RoundFit.InRound in) {
            return new LegalWindow(true, true, in.round().proposeBefore().atYear(decidedOn.getYear()),
                    in.round().decideBefore().atYear(decidedOn.getYear()), in.period().from(), in.period().to(),
                    fit.reason());
        }
        if (fit instanceof RoundFit.OutsideRounds out) {
            DateWindow next = out.nextPeriod();
            return new LegalWindow(true, false, null, null, next.from(), next.to(), fit.reason());
        }
        return new LegalWindow(false, true, null, null, null, null, fit.reason());
    }
}
