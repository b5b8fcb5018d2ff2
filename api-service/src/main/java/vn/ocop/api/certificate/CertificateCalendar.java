package vn.ocop.api.certificate;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.certificate.CertificateFacts;
import vn.ocop.scoring.certificate.CertificatePolicy;

/**
 * The certificate calendar of a certificate's rule set, from the engine's certificate policy (domain README
 * "Certificates and the calendar"): validity, the 30-day warning under 148, the 180–120-day re-evaluation
 * window and the grace while a re-evaluation is pending under 26/2026. No dates or periods are written here.
 */
@Singleton
public class CertificateCalendar {

    private final Catalogue catalogue;

    public CertificateCalendar(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    CertificatePolicy policy(String ruleSetId) {
        return catalogue.ruleSet(ruleSetId).map(RuleSet::certificatePolicy)
                .orElseThrow(() -> new IllegalStateException("certificate rule set " + ruleSetId + " is not in the catalogue"));
    }

    /** Last valid day of a certificate issued on {@code issuedOn} under this rule set. */
    public LocalDate expiry(String ruleSetId, LocalDate issuedOn) {
        return policy(ruleSetId).expiresOn(issuedOn);
    }

    static CertificateFacts facts(Certificate c, boolean reEvaluationPending) {
        return new CertificateFacts(c.issuedOn, c.expiresOn, c.status == CertificateStatus.REVOKED,
                c.status == CertificateStatus.SUPERSEDED, reEvaluationPending);
    }

    /** The standing on {@code asOf}; null before the certificate was issued. */
    vn.ocop.scoring.certificate.CertificateStatus state(Certificate c, LocalDate asOf, boolean pending) {
        return asOf.isBefore(c.issuedOn) ? null : policy(c.ruleSetId).statusOn(facts(c, pending), asOf);
    }

    /** The certificate as the API shows it, with its state and calendar on {@code asOf}. */
    CertificateResponse response(Certificate c, LocalDate asOf, boolean reEvaluationPending) {
        return CertificateResponse.of(c, this, asOf, reEvaluationPending);
    }
}
