package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.catalogue.Transition;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.LevelRule;

/**
 * The certificate rules: re-evaluation filing against its window, the one standing rule, and who may revoke. Dates
 * are passed in (no clock here); the numbers come from the rule set ({@code rule-sets.json}); the readings of the
 * law are in {@link vn.ocop.scoring.lifecycle the package description}.
 */
public final class CertificateRules {

    private CertificateRules() {
    }

    /**
     * Whether a re-evaluation of a certificate expiring on {@code expiresOn} may be filed on {@code filedOn} under
     * {@code filingRuleSet} (the rule set the re-evaluation dossier is filed under, not the certificate's):
     * <ol>
     *   <li>the rule set fixes no window (148, 148+1489): accepted {@code NO_WINDOW};</li>
     *   <li>before the window opens: {@link FilingCheck.TooEarly} with the window;</li>
     *   <li>inside the window (both ends inclusive): accepted {@code ON_TIME};</li>
     *   <li>after the window, when the window opened before the rule set took effect (so it could not be met) and the
     *       filing is on or before the expiry day, and the rule set has a transition: accepted {@code WINDOW_MISSED}
     *       with the grace day, expiry + {@code graceWhenWindowMissedDays} (26/2026 Điều 12.3);</li>
     *   <li>otherwise after the window: accepted {@code LATE}, no grace.</li>
     * </ol>
     *
     * @throws IllegalArgumentException when the rule set is not in force on {@code filedOn}
     */
    public static FilingCheck checkReEvaluationFiling(RuleSet filingRuleSet, LocalDate expiresOn, LocalDate filedOn) {
        if (expiresOn == null || filedOn == null) {
            throw new IllegalArgumentException("a re-evaluation filing needs the certificate's expiry and the filing day");
        }
        if (!filingRuleSet.inForceOn(filedOn)) {
            throw new IllegalArgumentException("a re-evaluation filed on " + filedOn + " cannot be filed under " + filingRuleSet.id()
                    + ", in force from " + filingRuleSet.effectiveFrom());
        }
        Optional<DateWindow> found = filingRuleSet.certificatePolicy().reEvaluationWindow(expiresOn);
        if (found.isEmpty()) {
            return new FilingCheck.Accepted(FilingCheck.Timing.NO_WINDOW, Optional.empty());
        }
        DateWindow window = found.get();
        if (filedOn.isBefore(window.from())) {
            return new FilingCheck.TooEarly(window);
        }
        if (window.contains(filedOn)) {
            return new FilingCheck.Accepted(FilingCheck.Timing.ON_TIME, Optional.empty());
        }
        Optional<Transition> transition = filingRuleSet.transition();
        boolean couldNotBeMet = window.from().isBefore(filingRuleSet.effectiveFrom());
        if (transition.isPresent() && couldNotBeMet && !filedOn.isAfter(expiresOn)) {
            return new FilingCheck.Accepted(FilingCheck.Timing.WINDOW_MISSED, Optional.of(transition.get().graceUntil(expiresOn)));
        }
        return new FilingCheck.Accepted(FilingCheck.Timing.LATE, Optional.empty());
    }

    /**
     * The certificate's standing on {@code day}, in this order: before the issue date {@code NotYetValid}; from the
     * revocation or supersession day (the earlier; revocation on a tie) {@code Revoked} / {@code Superseded}; through
     * the expiry day {@code Expiring(daysLeft)} when at most {@code expiringWithinDays} days are left, else
     * {@code Valid}; after expiry {@code InGrace(graceUntil)} while a grace is recorded, the day is not after
     * {@code graceUntil} and is before {@code graceEndedOn}; else {@code Expired(since)}, {@code since} being the
     * first day not in force. Whatever the certificate's rule set: the grace of 26/2026 Điều 12.3 is a transitional
     * rule for certificates issued under 1048 and 148 too.
     *
     * <p>For every record and day: {@code standingOn(r, d, n).inForce() == (!d.isBefore(r.issuedOn()) &&
     * lastDayInForce(r).map(last -> !d.isAfter(last)).orElse(false))}.
     *
     * @throws IllegalArgumentException when {@code expiringWithinDays} is negative
     */
    public static CertificateStanding standingOn(CertificateRecord record, LocalDate day, int expiringWithinDays) {
        if (expiringWithinDays < 0) {
            throw new IllegalArgumentException("expiringWithinDays must be >= 0, got " + expiringWithinDays);
        }
        if (day.isBefore(record.issuedOn())) {
            return new CertificateStanding.NotYetValid(record.issuedOn());
        }
        Optional<LocalDate> revoked = record.revokedOn().filter(on -> !on.isAfter(day));
        Optional<LocalDate> superseded = record.supersededOn().filter(on -> !on.isAfter(day));
        if (revoked.isPresent() && (superseded.isEmpty() || !superseded.get().isBefore(revoked.get()))) {
            return new CertificateStanding.Revoked(revoked.get());
        }
        if (superseded.isPresent()) {
            return new CertificateStanding.Superseded(superseded.get());
        }
        if (!day.isAfter(record.expiresOn())) {
            long daysLeft = ChronoUnit.DAYS.between(day, record.expiresOn());
            return daysLeft <= expiringWithinDays ? new CertificateStanding.Expiring((int) daysLeft) : new CertificateStanding.Valid();
        }
        Optional<LocalDate> graceEnd = lastGraceDay(record);
        if (graceEnd.isPresent() && !day.isAfter(graceEnd.get())) {
            return new CertificateStanding.InGrace(record.graceUntil().orElseThrow());
        }
        return new CertificateStanding.Expired(graceEnd.orElse(record.expiresOn()).plusDays(1));
    }

    /**
     * The last day the certificate is in force, for storing as "in force through" (in force on {@code d} exactly when
     * {@code issuedOn <= d && d <= lastDayInForce}): the expiry day, or the last grace day; cut to the day before a
     * revocation or supersession. Empty when it is never in force (revoked or superseded on its issue day). A later
     * change of the record (a grace recorded, the decision, a revocation) changes it: store it again then.
     */
    public static Optional<LocalDate> lastDayInForce(CertificateRecord record) {
        LocalDate last = lastGraceDay(record).orElse(record.expiresOn());
        if (record.revokedOn().isPresent() && record.revokedOn().get().minusDays(1).isBefore(last)) {
            last = record.revokedOn().get().minusDays(1);
        }
        if (record.supersededOn().isPresent() && record.supersededOn().get().minusDays(1).isBefore(last)) {
            last = record.supersededOn().get().minusDays(1);
        }
        return last.isBefore(record.issuedOn()) ? Optional.empty() : Optional.of(last);
    }

    /**
     * Whether {@code level} may revoke a {@code stars}★ certificate under {@code ruleSet}: the level that recognises
     * that tier under the rule set's process (26/2026 Điều 8: the province for 3★–4★, the ministry for 5★; under 1048
     * the province for 3★–4★; under 148 before 1489 the district for 3★). Pass the rule set in force on the revocation
     * day ({@link vn.ocop.scoring.catalogue.Catalogue#ruleSetOn}): the authority is the one of that day.
     */
    public static RevocationCheck checkRevocation(RuleSet ruleSet, Level level, int stars) {
        if (ruleSet.process().mayRecognise(level, stars)) {
            return new RevocationCheck.Allowed(ruleSet.id());
        }
        List<Level> levels = ruleSet.process().levelRules().stream().filter(r -> r.recognises().contains(stars))
                .map(LevelRule::level).toList();
        return new RevocationCheck.Refused(levels, ruleSet.id());
    }

    /** The last day of a grace that outlasts the expiry: min(graceUntil, graceEndedOn − 1), when after the expiry day. */
    private static Optional<LocalDate> lastGraceDay(CertificateRecord record) {
        if (record.graceUntil().isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = record.graceUntil().get();
        if (record.graceEndedOn().isPresent() && record.graceEndedOn().get().minusDays(1).isBefore(last)) {
            last = record.graceEndedOn().get().minusDays(1);
        }
        return last.isAfter(record.expiresOn()) ? Optional.of(last) : Optional.empty();
    }
}
