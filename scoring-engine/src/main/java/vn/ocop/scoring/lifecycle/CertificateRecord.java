package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Giấy chứng nhận — what is recorded about one certificate, as dates (the input of {@link CertificateRules#standingOn}).
 *
 * @param issuedOn     the issue date (the recognition decision's date); in force from this day
 * @param expiresOn    the last valid day before any grace ({@link vn.ocop.scoring.certificate.CertificatePolicy#expiresOn})
 * @param revokedOn    thu hồi: not in force from this day
 * @param supersededOn replaced by the certificate of a later re-evaluation or upgrade: not in force from this day
 * @param graceUntil   set when a re-evaluation was filed, on or before expiry, with the window missed
 *                     ({@link FilingCheck.Accepted#graceUntil()}): in force after expiry through this day at most;
 *                     must be after {@code expiresOn}
 * @param graceEndedOn the day of the re-evaluation decision: the grace ends the day before (from this day the new
 *                     certificate, if any, stands); no effect without {@code graceUntil}
 */
public record CertificateRecord(LocalDate issuedOn, LocalDate expiresOn, Optional<LocalDate> revokedOn,
                                Optional<LocalDate> supersededOn, Optional<LocalDate> graceUntil,
                                Optional<LocalDate> graceEndedOn) {

    public CertificateRecord {
        if (issuedOn == null || expiresOn == null) {
            throw new IllegalArgumentException("a certificate needs an issue date and a last valid day");
        }
        if (revokedOn == null || supersededOn == null || graceUntil == null || graceEndedOn == null) {
            throw new IllegalArgumentException("absent dates are Optional.empty(), not null");
        }
        if (expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("a certificate cannot expire (" + expiresOn + ") before it is issued (" + issuedOn + ")");
        }
        notBeforeIssue("revokedOn", revokedOn, issuedOn);
        notBeforeIssue("supersededOn", supersededOn, issuedOn);
        notBeforeIssue("graceEndedOn", graceEndedOn, issuedOn);
        if (graceUntil.isPresent() && !graceUntil.get().isAfter(expiresOn)) {
            throw new IllegalArgumentException("graceUntil " + graceUntil.get() + " must be after the expiry day " + expiresOn);
        }
    }

    /** A certificate with only its issue and expiry dates. */
    public static CertificateRecord of(LocalDate issuedOn, LocalDate expiresOn) {
        return new CertificateRecord(issuedOn, expiresOn, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CertificateRecord withRevokedOn(LocalDate day) {
        return new CertificateRecord(issuedOn, expiresOn, Optional.of(day), supersededOn, graceUntil, graceEndedOn);
    }

    public CertificateRecord withSupersededOn(LocalDate day) {
        return new CertificateRecord(issuedOn, expiresOn, revokedOn, Optional.of(day), graceUntil, graceEndedOn);
    }

    public CertificateRecord withGraceUntil(LocalDate day) {
        return new CertificateRecord(issuedOn, expiresOn, revokedOn, supersededOn, Optional.of(day), graceEndedOn);
    }

    public CertificateRecord withGraceEndedOn(LocalDate day) {
        return new CertificateRecord(issuedOn, expiresOn, revokedOn, supersededOn, graceUntil, Optional.of(day));
    }

    private static void notBeforeIssue(String field, Optional<LocalDate> day, LocalDate issuedOn) {
        if (day.isPresent() && day.get().isBefore(issuedOn)) {
            throw new IllegalArgumentException(field + " " + day.get() + " is before the issue date " + issuedOn);
        }
    }
}
