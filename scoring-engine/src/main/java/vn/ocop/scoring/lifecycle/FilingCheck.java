package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.calendar.DateWindow;

/** Whether a re-evaluation (đánh giá lại) may be filed on a day, from {@link CertificateRules#checkReEvaluationFiling}. */
public sealed interface FilingCheck {

    /** How an accepted re-evaluation filing stands against the filing window. */
    enum Timing {
        /** Inside the window (26/2026 Điều 7.6.a: 180 to 120 days before expiry, both ends inclusive). */
        ON_TIME,
        /** After the window, with no grace: the certificate expires on its day unless decided before. */
        LATE,
        /**
         * After a window that could not be met — it opened before the filing rule set took effect — and on or before
         * the expiry day: the certificate stays in force until the decision, at most through the grace day (Điều 12.3).
         */
        WINDOW_MISSED,
        /** The filing rule set fixes no window (148, 148+1489). */
        NO_WINDOW
    }

    boolean accepted();

    /** Before the window opens: refused; {@code window} is the filing window to name in the answer. */
    record TooEarly(DateWindow window) implements FilingCheck {
        public TooEarly {
            if (window == null) {
                throw new IllegalArgumentException("a too-early filing names its window");
            }
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }

    /**
     * Accepted and recorded with its timing.
     *
     * @param graceUntil present exactly for {@link Timing#WINDOW_MISSED}: store it on the certificate
     *                   ({@link CertificateRecord#graceUntil()})
     */
    record Accepted(Timing timing, Optional<LocalDate> graceUntil) implements FilingCheck {
        public Accepted {
            if (timing == null || graceUntil == null) {
                throw new IllegalArgumentException("an accepted filing needs its timing and Optional grace");
            }
            if (graceUntil.isPresent() != (timing == Timing.WINDOW_MISSED)) {
                throw new IllegalArgumentException("a grace day comes with WINDOW_MISSED and only with it, got " + timing + " " + graceUntil);
            }
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }
}
