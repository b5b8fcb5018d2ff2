package vn.ocop.api.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductStage;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Issues the certificate of a recognition: copies the product's group and area of that day, supersedes the
 * product's previous valid certificate, and updates the product's current stars, certificate and stage.
 */
@ApplicationScoped
public class CertificateIssuer {

    static final String AUDIT_TYPE = "certificate";

    private static final String NUMBER_CONSTRAINT = "certificate_number_uq";

    private final CertificateRepository certificates;
    private final CertificateCalendar calendar;
    private final CertificateStandings standings;
    private final AuditLog audit;

    public CertificateIssuer(CertificateRepository certificates, AuditLog audit, CertificateCalendar calendar,
            CertificateStandings standings) {
        this.calendar = calendar;
        this.standings = standings;
        this.certificates = certificates;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Product product, EvaluationType type, long dossierId, int stars, String ruleSetId,
            String decidingBody, String decisionNumber, LocalDate decisionDate, String number) {
        String certificateNumber = number == null || number.isBlank() ? nextNumber(product, decisionDate) : number;
        if (certificates.count("number", certificateNumber) > 0) {
            throw ApiException.conflict("certificateNumber", "reason.certificate.number-taken", certificateNumber);
        }
        List<Certificate> previous = certificates.list("product.id = ?1 and status = ?2 order by issuedOn desc, id desc",
                product.id, CertificateStatus.VALID);
        Certificate c = new Certificate();
        c.number = certificateNumber;
        c.product = product;
        c.stars = stars;
        c.ruleSetId = ruleSetId;
        c.evaluationType = type;
        c.productGroup = product.productGroup;
        c.areaPath = product.areaPath;
        c.decidingBody = decidingBody;
        c.decisionNumber = decisionNumber;
        c.decisionDate = decisionDate;
        c.issuedOn = decisionDate;
        c.expiresOn = calendar.expiry(ruleSetId, decisionDate);
        c.status = CertificateStatus.VALID;
        standings.refresh(c);
        c.dossierId = dossierId;
        c.previousStars = previous.isEmpty() ? null : previous.get(0).stars;
        try {
            certificates.persistAndFlush(c);
        } catch (PersistenceException e) {
            // A concurrent decision took the number between the check above and this insert.
            if (numberTaken(e)) {
                throw ApiException.conflict("certificateNumber", "reason.certificate.number-taken", certificateNumber);
            }
            throw e;
        }
        for (Certificate old : previous) {
            CertificateResponse before = standings.response(old, decisionDate);
            old.status = CertificateStatus.SUPERSEDED;
            old.supersededBy = c;
            old.supersededOn = decisionDate;
            if (old.graceUntil != null && old.graceEndedOn == null) {
                old.graceEndedOn = decisionDate;
            }
            standings.refresh(old);
            certificates.flush();
            audit.record("certificate.supersede", AUDIT_TYPE, old.id, product.id, product.areaPath, before,
                    standings.response(old, decisionDate));
        }
        product.currentStars = stars;
        product.currentCertificateId = c.id;
        standings.refresh(c);
        ProductStage.apply(product, ProductStage.Step.RECOGNISED);
        audit.record("certificate.issue", AUDIT_TYPE, c.id, product.id, product.areaPath, null,
                standings.response(c, decisionDate));
        return c;
    }

    /** Whether {@code e} is a violation of the unique certificate number (certificate_number_uq). */
    static boolean numberTaken(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                String text = name != null ? name : String.valueOf(violation.getSQLException().getMessage());
                return text.toLowerCase(Locale.ROOT).contains(NUMBER_CONSTRAINT);
            }
        }
        return false;
    }

    private String nextNumber(Product product, LocalDate decisionDate) {
        long issued = certificates.count("product.id", product.id);
        return String.format("OCOP-%d-%06d-%d", decisionDate.getYear(), product.id, issued + 1);
    }
}
