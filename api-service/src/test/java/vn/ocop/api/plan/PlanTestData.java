package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.producer.ProducerType;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.product.ProductStage;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Areas, producers, products and certificates for plan tests, written through the repositories (there are no
 * endpoints for certificates yet). Codes carry a random suffix: tests share one database.
 */
@ApplicationScoped
public class PlanTestData {

    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    @jakarta.inject.Inject
    vn.ocop.api.certificate.CertificateStandings standings;

    public PlanTestData(AreaRepository areas, ProducerRepository producers, ProductRepository products,
            CertificateRepository certificates) {
        this.areas = areas;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Transactional
    public long area(String name, AreaLevel level, Long parentId) {
        Area area = new Area();
        area.code = unique();
        area.name = name;
        area.level = level;
        area.parent = parentId == null ? null : areas.findById(parentId);
        area.validFrom = LocalDate.of(2000, 1, 1);
        area.searchKey = VietnameseText.fold(name);
        area.path = "/";
        areas.persistAndFlush(area);
        area.path = (area.parent == null ? "/" : area.parent.path) + area.id + "/";
        return area.id;
    }

    @Transactional
    public long producer(String name, long areaId) {
        Area area = areas.findById(areaId);
        Producer producer = new Producer();
        producer.name = name;
        producer.searchKey = VietnameseText.fold(name);
        producer.type = ProducerType.COOPERATIVE;
        producer.registrationCode = "TEST-" + unique();
        producer.area = area;
        producer.areaPath = area.path;
        producers.persist(producer);
        return producer.id;
    }

    @Transactional
    public long product(String name, long producerId, String group) {
        Producer producer = producers.findById(producerId);
        Product product = new Product();
        product.name = name;
        product.searchKey = VietnameseText.fold(name);
        product.producer = producer;
        product.productSetCode = "FOOD_PROC_PRODUCE";
        product.productGroup = group;
        product.stage = ProductStage.UNDER_EVALUATION;
        product.area = producer.area;
        product.areaPath = producer.areaPath;
        products.persist(product);
        return product.id;
    }

    /** Issues a certificate valid 36 months; a previous valid one of the product is superseded. */
    @Transactional
    public long certify(long productId, int stars, EvaluationType type, LocalDate issuedOn) {
        Product product = products.findById(productId);
        Certificate previous = product.currentCertificateId == null ? null
                : certificates.findById(product.currentCertificateId);
        Certificate certificate = new Certificate();
        certificate.number = "GCN-" + unique();
        certificate.product = product;
        certificate.stars = stars;
        certificate.ruleSetId = "QD-148-2023";
        certificate.evaluationType = type;
        certificate.productGroup = product.productGroup;
        certificate.areaPath = product.areaPath;
        certificate.decidingBody = "UBND huyện Sơn Hà";
        certificate.decisionNumber = "QĐ-" + unique();
        certificate.decisionDate = issuedOn;
        certificate.issuedOn = issuedOn;
        certificate.expiresOn = issuedOn.plusMonths(36).minusDays(1);
        certificate.status = CertificateStatus.VALID;
        certificate.previousStars = previous == null ? null : previous.stars;
        certificates.persistAndFlush(certificate);
        if (previous != null) {
            previous.status = CertificateStatus.SUPERSEDED;
            previous.supersededBy = certificate;
            previous.supersededOn = certificate.issuedOn;
            standings.refresh(previous);
        }
        product.currentCertificateId = certificate.id;
        product.currentStars = stars;
        product.stage = ProductStage.CERTIFIED;
        standings.refresh(certificate);
        return certificate.id;
    }

    @Transactional
    public long producerOf(long productId) {
        return products.findById(productId).producer.id;
    }

    @Transactional
    public void revoke(long certificateId, LocalDate on) {
        Certificate certificate = certificates.findById(certificateId);
        certificate.status = CertificateStatus.REVOKED;
        certificate.revokedOn = on;
        certificate.revocationGround = "QUALITY";
        standings.refresh(certificate);
    }
}
