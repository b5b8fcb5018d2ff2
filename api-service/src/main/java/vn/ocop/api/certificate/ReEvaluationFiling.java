package vn.ocop.api.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.product.Product;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.lifecycle.CertificateRules;
import vn.ocop.scoring.lifecycle.FilingCheck;

/**
 * A re-evaluation (đánh giá lại) against the certificate it renews: the filing is checked against the
 * re-evaluation window by the engine ({@link CertificateRules#checkReEvaluationFiling}, under the rules in force on
 * the filing day) and, where the window could not be met (26/2026 Điều 12.3), the grace is recorded on the
 * certificate; the end of the re-evaluation ends the grace. Readings: engine package {@code vn.ocop.scoring.lifecycle}.
 */
@ApplicationScoped
public class ReEvaluationFiling {

    private final CertificateRepository certificates;
    private final CertificateStandings standings;
    private final Catalogue catalogue;
    private final AuditLog audit;

    public ReEvaluationFiling(CertificateRepository certificates, CertificateStandings standings, Catalogue catalogue,
            AuditLog audit) {
        this.certificates = certificates;
        this.standings = standings;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /**
     * Checks a re-evaluation of {@code product} filed on {@code filedOn}: before the window is 409 on filedOn naming
     * the window; after it is accepted and recorded LATE; a missed transitional window records the grace.
     *
     * @return how it was filed, or empty when the product holds no certificate to renew
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FilingCheck.Timing> file(Product product, LocalDate filedOn) {
        Optional<Certificate> renewed = current(product);
        if (renewed.isEmpty()) {
            return Optional.empty();
        }
        Certificate c = renewed.get();
        FilingCheck check = CertificateRules.checkReEvaluationFiling(catalogue.ruleSetOn(filedOn), c.expiresOn, filedOn);
        if (check instanceof FilingCheck.TooEarly early) {
            throw ApiException.conflict("filedOn", "reason.dossier.re-evaluation-too-early", filedOn,
                    early.window().from(), early.window().to(), c.number);
        }
        FilingCheck.Accepted accepted = (FilingCheck.Accepted) check;
        if (accepted.graceUntil().isPresent() && c.graceUntil == null) {
            CertificateResponse before = standings.response(c, filedOn);
            c.graceUntil = accepted.graceUntil().get();
            standings.refresh(c);
            audit.record("certificate.grace", CertificateIssuer.AUDIT_TYPE, c.id, product.id, product.areaPath,
                    before, standings.response(c, filedOn));
        }
        return Optional.of(accepted.timing());
    }

    /** The re-evaluation of {@code product} ended on {@code on} without a new certificate: its grace ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Product product, LocalDate on) {
        current(product).filter(c -> c.graceUntil != null && c.graceEndedOn == null).ifPresent(c -> {
            CertificateResponse before = standings.response(c, on);
            c.graceEndedOn = on;
            standings.refresh(c);
            audit.record("certificate.grace-end", CertificateIssuer.AUDIT_TYPE, c.id, product.id, product.areaPath,
                    before, standings.response(c, on));
        });
    }

    /** The certificate a re-evaluation renews: the product's latest one not revoked or superseded. */
    private Optional<Certificate> current(Product product) {
        return certificates.find("product.id = ?1 and status = ?2 order by issuedOn desc, id desc", product.id,
                CertificateStatus.VALID).firstResultOptional();
    }
}
