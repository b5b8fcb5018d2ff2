package vn.ocop.scoring.certificate;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.lifecycle.CertificateRecord;
import vn.ocop.scoring.lifecycle.CertificateRules;
import vn.ocop.scoring.lifecycle.Standing;

/**
 * Giấy chứng nhận — validity and renewal rules of certificates under a rule set, read from the
 * {@code certificatePolicies} section of {@code rule-sets.json} (domain README "Certificates and the
 * calendar"; rules.md §4.1, §4.3 item 6).
 *
 * @param id                    the policy id in the catalogue
 * @param validityMonths        months of validity from issue (36)
 * @param lastValidDay          how the months are counted
 * @param warningDays           the issuer warns at least this many days before expiry (148: 30), or null
 * @param reEvaluationFromDays  a re-evaluation dossier may be filed from this many days before expiry (26/2026: 180), or null
 * @param reEvaluationToDays    ... until this many days before expiry (26/2026: 120), or null
 * @param graceDaysWhilePending while a re-evaluation is pending the certificate stays valid up to this many days
 *                              past expiry (26/2026: 180; 0 = no grace)
 */
public record CertificatePolicy(String id, int validityMonths, LastValidDay lastValidDay, Integer warningDays,
                                Integer reEvaluationFromDays, Integer reEvaluationToDays, int graceDaysWhilePending) {

    public CertificatePolicy {
        String where = "certificate policy " + id + ": ";
        if (validityMonths < 1 || lastValidDay == null) {
            throw new IllegalArgumentException(where + "needs validityMonths >= 1 and lastValidDay");
        }
        if (warningDays != null && warningDays < 0) {
            throw new IllegalArgumentException(where + "warningDays must be >= 0");
        }
        if ((reEvaluationFromDays == null) != (reEvaluationToDays == null)) {
            throw new IllegalArgumentException(where + "a re-evaluation window needs both fromDaysBefore and toDaysBefore");
        }
        if (reEvaluationFromDays != null && (reEvaluationToDays < 0 || reEvaluationFromDays < reEvaluationToDays)) {
            throw new IllegalArgumentException(where + "re-evaluation window must open (" + reEvaluationFromDays
                    + " days before expiry) no later than it closes (" + reEvaluationToDays + " days before)");
        }
        if (graceDaysWhilePending < 0) {
            throw new IllegalArgumentException(where + "graceDaysWhilePending must be >= 0");
        }
    }

    /** The last day on which a certificate issued on {@code issuedOn} is valid (before any grace). */
    public LocalDate expiresOn(LocalDate issuedOn) {
        LocalDate anniversary = issuedOn.plusMonths(validityMonths);
        return lastValidDay == LastValidDay.ANNIVERSARY ? anniversary : anniversary.minusDays(1);
    }

    /** The days on which the issuer's warning is due: from expiry minus {@code warningDays} on; empty if none is required. */
    public Optional<LocalDate> warnBy(LocalDate expiresOn) {
        return Optional.ofNullable(warningDays).map(expiresOn::minusDays);
    }

    /** The days on which a re-evaluation dossier may be filed (both ends inclusive); empty when no window is fixed. */
    public Optional<DateWindow> reEvaluationWindow(LocalDate expiresOn) {
        if (reEvaluationFromDays == null) {
            return Optional.empty();
        }
        return Optional.of(new DateWindow(expiresOn.minusDays(reEvaluationFromDays), expiresOn.minusDays(reEvaluationToDays)));
    }

    /** The last day the certificate stands: its expiry, or up to the grace limit while a re-evaluation is pending. */
    public LocalDate validThrough(CertificateFacts facts) {
        return facts.reEvaluationPending() ? facts.expiresOn().plusDays(graceDaysWhilePending) : facts.expiresOn();
    }

    /**
     * Days before expiry from which a certificate counts as EXPIRING by default: the warning period, else the
     * opening of the re-evaluation window, else 0.
     */
    public int noticeDays() {
        return warningDays != null ? warningDays : reEvaluationFromDays != null ? reEvaluationFromDays : 0;
    }

    /** {@link #statusOn(CertificateFacts, LocalDate, int)} with {@link #noticeDays()}. */
    public CertificateStatus statusOn(CertificateFacts facts, LocalDate today) {
        return statusOn(facts, today, noticeDays());
    }

    /**
     * The certificate's standing on {@code today} from boolean facts, kept for callers that store no dates: REVOKED,
     * then SUPERSEDED, win over dates; EXPIRING when {@code today} is within {@code expiringWithinDays} of the last
     * valid day, or past it but inside this policy's {@code graceDaysWhilePending} while a re-evaluation is pending;
     * EXPIRED after that. It delegates to the one standing rule,
     * {@link CertificateRules#standingOn(CertificateRecord, LocalDate, int)}, which callers should use instead: that rule
     * reads the revocation, supersession and grace as dates, and applies the grace of 26/2026 Điều 12.3 to
     * certificates of every rule set (this method, like before, only to policies with a grace).
     *
     * @throws IllegalArgumentException when {@code today} is before the issue date, or the notice days are negative
     */
    public CertificateStatus statusOn(CertificateFacts facts, LocalDate today, int expiringWithinDays) {
        if (expiringWithinDays < 0) {
            throw new IllegalArgumentException("expiringWithinDays must be >= 0");
        }
        if (today.isBefore(facts.issuedOn())) {
            throw new IllegalArgumentException("the certificate is issued on " + facts.issuedOn() + ", after " + today);
        }
        Optional<LocalDate> fromIssue = Optional.of(facts.issuedOn());
        CertificateRecord record = new CertificateRecord(facts.issuedOn(), facts.expiresOn(),
                facts.revoked() ? fromIssue : Optional.empty(), facts.superseded() ? fromIssue : Optional.empty(),
                facts.reEvaluationPending() && graceDaysWhilePending > 0
                        ? Optional.of(facts.expiresOn().plusDays(graceDaysWhilePending)) : Optional.empty(),
                Optional.empty());
        Standing standing = CertificateRules.standingOn(record, today, expiringWithinDays).kind();
        switch (standing) {
            case VALID:
                return CertificateStatus.VALID;
            case EXPIRING:
            case IN_GRACE:
                return CertificateStatus.EXPIRING;
            case EXPIRED:
                return CertificateStatus.EXPIRED;
            case REVOKED:
                return CertificateStatus.REVOKED;
            case SUPERSEDED:
                return CertificateStatus.SUPERSEDED;
            default:
                throw new IllegalStateException("standing " + standing + " on or after the issue day");
        }
    }
}
