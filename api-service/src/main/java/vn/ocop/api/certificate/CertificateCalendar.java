package vn.ocop.api.certificate;

import java.time.LocalDate;

/**
 * The certificate calendar (domain README "Certificates and the calendar"): 36 months of validity; under 148
 * (and 1048, 148+1489) the issuer warns at least 30 days before expiry; under 26/2026 the re-evaluation dossier is
 * filed between 180 and 120 days before expiry, and the certificate stays valid until the re-evaluation decision,
 * at most 180 days past expiry, when that window could not be met.
 */
public final class CertificateCalendar {

    public static final int VALIDITY_MONTHS = 36;
    static final String RULE_SET_WITH_WINDOW = "QD-26-2026";
    static final int WARNING_DAYS_148 = 30;
    static final int WINDOW_OPENS_DAYS = 180;
    static final int WINDOW_CLOSES_DAYS = 120;
    static final int GRACE_DAYS = 180;

    private CertificateCalendar() {
    }

    public static LocalDate expiry(LocalDate issuedOn) {
        return issuedOn.plusMonths(VALIDITY_MONTHS);
    }

    static boolean hasReEvaluationWindow(String ruleSetId) {
        return RULE_SET_WITH_WINDOW.equals(ruleSetId);
    }

    /** The day from which the certificate counts as expiring (window opening, or the 30-day warning). */
    static LocalDate expiringFrom(String ruleSetId, LocalDate expiresOn) {
        return expiresOn.minusDays(hasReEvaluationWindow(ruleSetId) ? WINDOW_OPENS_DAYS : WARNING_DAYS_148);
    }

    /** What a stored status and the dates say on {@code asOf}. */
    static CertificateState state(Certificate c, LocalDate asOf) {
        if (c.status == CertificateStatus.REVOKED) {
            return CertificateState.REVOKED;
        }
        if (c.status == CertificateStatus.SUPERSEDED) {
            return CertificateState.SUPERSEDED;
        }
        if (asOf.isAfter(c.expiresOn)) {
            return CertificateState.EXPIRED;
        }
        return asOf.isBefore(expiringFrom(c.ruleSetId, c.expiresOn)) ? CertificateState.VALID : CertificateState.EXPIRING;
    }
}
