package vn.ocop.api.publicapi;

import java.time.Instant;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * One verification: the public answer, the engine's standing it was made from (with its dates, for the page), the
 * certificate's id (for the verification count) and the moment it was checked.
 */
public record VerifiedCertificate(long certificateId, CertificateVerification answer, CertificateStanding standing,
                                  Instant checkedAt) {
}
