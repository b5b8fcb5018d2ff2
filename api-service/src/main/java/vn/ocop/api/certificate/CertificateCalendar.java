package vn.ocop.api.certificate;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.certificate.CertificatePolicy;

/**
 * The certificate calendar of a certificate's rule set, from the engine's certificate policy (domain README
 * "Certificates and the calendar"): validity, the 30-day warning under 148, the 180–120-day re-evaluation
 * window under 26/2026. No dates or periods are written here; where a certificate stands is {@link CertificateStandings}.
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
}
