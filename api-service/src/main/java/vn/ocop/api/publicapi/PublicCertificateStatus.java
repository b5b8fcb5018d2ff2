package vn.ocop.api.publicapi;

import java.time.LocalDate;
import vn.ocop.api.certificate.CertificateStatus;

/**
 * What a buyer needs to know about a certificate today (tình trạng giấy chứng nhận). Computed from the stored
 * status and the dates; the expiry date is the last day of validity.
 */
public enum PublicCertificateStatus {
    /** Còn hiệu lực. */
    VALID,
    /** Hết hiệu lực: the 36 months have passed. */
    EXPIRED,
    /** Bị thu hồi. */
    REVOKED,
    /** Replaced by a later certificate of the same product (re-evaluation or upgrade). */
    SUPERSEDED;

    public static PublicCertificateStatus of(CertificateStatus stored, LocalDate expiresOn, LocalDate today) {
        if (stored == CertificateStatus.REVOKED) {
            return REVOKED;
        }
        if (stored == CertificateStatus.SUPERSEDED) {
            return SUPERSEDED;
        }
        return today.isAfter(expiresOn) ? EXPIRED : VALID;
    }
}
