package vn.ocop.scoring.certificate;

import java.time.LocalDate;

/**
 * What is known about one certificate, as stored.
 *
 * @param issuedOn            the issue date
 * @param expiresOn           the last valid day (see {@link CertificatePolicy#expiresOn(LocalDate)})
 * @param revoked             thu hồi
 * @param superseded          replaced by a later re-evaluation or upgrade
 * @param reEvaluationPending a re-evaluation dossier is open and not yet decided
 */
public record CertificateFacts(LocalDate issuedOn, LocalDate expiresOn, boolean revoked, boolean superseded,
                               boolean reEvaluationPending) {

    public CertificateFacts {
        if (issuedOn == null || expiresOn == null) {
            throw new IllegalArgumentException("a certificate needs an issue date and a last valid day");
        }
        if (expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("a certificate cannot expire (" + expiresOn + ") before it is issued (" + issuedOn + ")");
        }
    }
}
