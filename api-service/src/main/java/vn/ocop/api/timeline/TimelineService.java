package vn.ocop.api.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.api.dossier.DossierRepository;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.round.Decision;
import vn.ocop.api.round.DecisionRepository;
import vn.ocop.api.round.RoundDossier;
import vn.ocop.api.round.RoundDossierRepository;

/** A product's timeline: every dossier, result, decision and certificate, in date order. */
@ApplicationScoped
@Transactional
public class TimelineService {

    private final ProductRepository products;
    private final DossierRepository dossiers;
    private final RoundDossierRepository entries;
    private final DecisionRepository decisions;
    private final CertificateRepository certificates;
    private final AccessPolicy access;

    public TimelineService(ProductRepository products, DossierRepository dossiers, RoundDossierRepository entries,
            DecisionRepository decisions, CertificateRepository certificates, AccessPolicy access) {
        this.access = access;
        this.products = products;
        this.dossiers = dossiers;
        this.entries = entries;
        this.decisions = decisions;
        this.certificates = certificates;
    }

    public List<TimelineEvent> of(long productId) {
        Product product = products.findByIdOptional(productId)
                .orElseThrow(() -> ApiException.notFound("entity.product", productId));
        access.requireProducerVisible(product.producer.id, product.areaPath, "entity.product", product.id);
        List<TimelineEvent> events = new ArrayList<>();
        for (Dossier d : dossiers.ofProduct(productId)) {
            events.add(new TimelineEvent(d.filedOn, "DOSSIER_FILED",
                    d.evaluationType + " " + d.ruleSetId + " → " + d.status, d.id, null, null));
            if (d.communeAssessedOn != null) {
                events.add(new TimelineEvent(d.communeAssessedOn, "COMMUNE_ASSESSED", d.communeProposal, d.id, null, null));
            }
        }
        for (RoundDossier e : entries.list("dossier.product.id = ?1 and finalResult = true", productId)) {
            events.add(new TimelineEvent(e.round.endsOn, "RESULT", e.round.level + " " + e.round.name + ": "
                    + e.average + " → " + e.stars + "★, " + e.nextAction, e.dossier.id, e.round.id, null));
        }
        for (Decision d : decisions.list("entry.dossier.product.id", productId)) {
            events.add(new TimelineEvent(d.decisionDate, "DECISION_" + d.kind,
                    (d.decisionNumber == null ? "" : d.decisionNumber + " ") + (d.stars == null ? "" : d.stars + "★ ")
                            + (d.reasons == null ? "" : d.reasons),
                    d.entry.dossier.id, d.entry.round.id, d.certificate == null ? null : d.certificate.id));
        }
        for (Certificate c : certificates.list("product.id", productId)) {
            events.add(new TimelineEvent(c.issuedOn, "CERTIFICATE_ISSUED", c.stars + "★ " + c.number + " ("
                    + c.evaluationType + ", " + c.ruleSetId + ")", c.dossierId, null, c.id));
            if (c.status == CertificateStatus.REVOKED) {
                events.add(new TimelineEvent(c.revokedOn, "CERTIFICATE_REVOKED", c.revocationGround + " "
                        + (c.revocationNote == null ? "" : c.revocationNote), c.dossierId, null, c.id));
            } else if (c.status == CertificateStatus.SUPERSEDED) {
                events.add(new TimelineEvent(c.supersededBy.issuedOn, "CERTIFICATE_SUPERSEDED",
                        c.number + " → " + c.supersededBy.number, c.dossierId, null, c.id));
            } else {
                events.add(new TimelineEvent(c.expiresOn, "CERTIFICATE_EXPIRES", c.number, c.dossierId, null, c.id));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(e -> order(e.kind())));
        return events;
    }

    private static int order(String kind) {
        switch (kind) {
            case "DOSSIER_FILED": return 0;
            case "COMMUNE_ASSESSED": return 1;
            case "RESULT": return 2;
            case "CERTIFICATE_SUPERSEDED": return 4;
            case "CERTIFICATE_ISSUED": return 5;
            default: return 3;
        }
    }
}
