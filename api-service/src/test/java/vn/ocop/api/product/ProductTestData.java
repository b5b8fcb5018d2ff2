package vn.ocop.api.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
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
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Areas, producers and certificates that product tests need, written through the repositories (their REST
 * endpoints belong to other features). Codes are random so that tests sharing one database do not collide.
 */
@ApplicationScoped
public class ProductTestData {

    /** A province with one historical district/commune and one commune of the 2025 map. */
    public record Place(long provinceId, String provinceCode, long districtId, String districtCode,
                        long oldCommuneId, String oldCommuneCode, long communeId, String communeCode) {
    }

    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    @jakarta.inject.Inject
    vn.ocop.api.certificate.CertificateStandings standings;

    public ProductTestData(AreaRepository areas, ProducerRepository producers, ProductRepository products,
            CertificateRepository certificates) {
        this.areas = areas;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
    }

    /** Province (continuing across 2025), a district and commune abolished on 1 Jul 2025, and a 2025 commune. */
    /** The first day of the 2025 map: the engine's day district-level units ended (1 Jul 2025). */
    private static final LocalDate MAP_2025 = Catalogue.standard().districtsAbolishedOn();

    @Transactional
    public Place place() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A random start date keeps (code, valid_from) unique even when two tests draw the same code.
        LocalDate since = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        Area province = area(null, AreaLevel.PROVINCE, digits(2), "Tỉnh Hà Tĩnh " + digits(4), since, null);
        Area district = area(province, AreaLevel.DISTRICT, digits(3), "Huyện Hương Sơn", since,
                MAP_2025);
        Area oldCommune = area(district, AreaLevel.COMMUNE, digits(5), "Xã Sơn Kim", since,
                MAP_2025);
        // The 2025 commune starts on a fixed day: draw its code again if taken (e.g. by an imported official list).
        String communeCode = digits(5);
        while (areas.count("code = ?1 and validFrom = ?2", communeCode, MAP_2025) > 0) {
            communeCode = digits(5);
        }
        Area commune = area(province, AreaLevel.COMMUNE, communeCode, "Xã Sơn Hà", MAP_2025, null);
        return new Place(province.id, province.code, district.id, district.code, oldCommune.id, oldCommune.code,
                commune.id, commune.code);
    }

    @Transactional
    public long producer(String name, long areaId) {
        Area area = areas.findById(areaId);
        Producer producer = new Producer();
        producer.name = name;
        producer.searchKey = VietnameseText.fold(name);
        producer.type = ProducerType.COOPERATIVE;
        producer.registrationCode = "TEST-" + System.nanoTime() + "-" + digits(6);
        producer.representativeName = "Nguyễn Thị Hoà";
        producer.representativeWoman = true;
        producer.area = area;
        producer.areaPath = area.path;
        producers.persist(producer);
        return producer.id;
    }

    /** Sets what the evaluation workflow would: stars, stage and a valid certificate. */
    @Transactional
    public long certify(long productId, int stars) {
        Product product = products.findById(productId);
        Certificate certificate = new Certificate();
        certificate.number = "GCN-" + System.nanoTime();
        certificate.product = product;
        certificate.stars = stars;
        certificate.ruleSetId = "QD-148-2023";
        certificate.evaluationType = EvaluationType.NEW;
        certificate.productGroup = product.productGroup;
        certificate.areaPath = product.areaPath;
        certificate.decidingBody = "UBND tỉnh Hà Tĩnh";
        certificate.decisionNumber = "123/QĐ-UBND";
        certificate.decisionDate = LocalDate.of(2024, 11, 20);
        certificate.issuedOn = certificate.decisionDate;
        certificate.expiresOn = certificate.issuedOn.plusMonths(36);
        certificate.status = CertificateStatus.VALID;
        certificates.persist(certificate);
        certificates.flush();
        product.currentStars = stars;
        product.currentCertificateId = certificate.id;
        product.stage = ProductStage.CERTIFIED;
        standings.refresh(certificate);
        return certificate.id;
    }

    private Area area(Area parent, AreaLevel level, String code, String name, LocalDate from, LocalDate to) {
        Area area = new Area();
        area.code = code;
        area.name = name;
        area.level = level;
        area.parent = parent;
        area.path = "/";
        area.validFrom = from;
        area.validTo = to;
        area.searchKey = VietnameseText.fold(name);
        areas.persist(area);
        areas.flush();
        area.path = (parent == null ? "/" : parent.path) + area.id + "/";
        return area;
    }

    private static String digits(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(ThreadLocalRandom.current().nextInt(10));
        }
        return text.toString();
    }
}
