package vn.ocop.api.round;

import java.time.LocalDate;
import java.time.MonthDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.process.Level;

/**
 * Whether a round fits the legal windows of 26/2026 (Điều 5): provinces decide before 30 Jun (communes propose
 * before 30 Apr) and before 30 Dec (propose before 30 Oct); the ministry before 30 Mar (provinces propose before
 * 30 Jan) and before 30 Sep (before 30 Jul). Other rule sets set no windows ({@code applies} false).
 */
@Schema(name = "LegalWindow")
public record LegalWindow(boolean applies, LocalDate proposeBy, LocalDate decideBy, boolean fits) {

    static final String RULE_SET_WITH_WINDOWS = "QD-26-2026";

    private static final MonthDay[][] PROVINCE = {
        {MonthDay.of(4, 30), MonthDay.of(6, 30)}, {MonthDay.of(10, 30), MonthDay.of(12, 30)}};
    private static final MonthDay[][] CENTRE = {
        {MonthDay.of(1, 30), MonthDay.of(3, 30)}, {MonthDay.of(7, 30), MonthDay.of(9, 30)}};

    /** The window a round decided on {@code decidedOn} falls in: the first deadline on or after that day. */
    public static LegalWindow of(String ruleSetId, Level level, LocalDate decidedOn) {
        MonthDay[][] windows = level == Level.PROVINCE ? PROVINCE : level == Level.CENTRE ? CENTRE : null;
        if (!RULE_SET_WITH_WINDOWS.equals(ruleSetId) || windows == null) {
            return new LegalWindow(false, null, null, true);
        }
        for (MonthDay[] window : windows) {
            LocalDate decideBy = window[1].atYear(decidedOn.getYear());
            if (!decidedOn.isAfter(decideBy)) {
                return new LegalWindow(true, window[0].atYear(decidedOn.getYear()), decideBy, true);
            }
        }
        // After the last deadline of the year (e.g. a provincial round decided on 31 Dec): outside every window.
        return new LegalWindow(true, windows[0][0].atYear(decidedOn.getYear() + 1),
                windows[0][1].atYear(decidedOn.getYear() + 1), false);
    }
}
