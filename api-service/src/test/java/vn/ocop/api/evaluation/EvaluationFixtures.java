package vn.ocop.api.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Test data made through the entities (the areas/producers/products endpoints live on other branches), and
 * answer sheets built from the engine catalogue that total exactly a target without touching any criterion
 * that carries a mandatory mark (so the tier equals the band).
 */
@ApplicationScoped
public class EvaluationFixtures {

    public static final String PRODUCT_SET = "FOOD_FRESH_PRODUCE";

    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    @jakarta.inject.Inject
    vn.ocop.api.certificate.CertificateStandings standings;

    public EvaluationFixtures(AreaRepository areas, ProducerRepository producers, ProductRepository products,
            CertificateRepository certificates) {
        this.areas = areas;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
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
        area.path = "/tmp/";
        areas.persistAndFlush(area);
        area.path = (area.parent == null ? "/" : area.parent.path) + area.id + "/";
        return area.id;
    }

    /** The area's path ("/12/34/"), for officer tokens. */
    @Transactional
    public String areaPath(long areaId) {
        return areas.findById(areaId).path;
    }

    /** The id of the product's producer, for producer tokens. */
    @Transactional
    public long producerOf(long productId) {
        return products.findById(productId).producer.id;
    }

    @Transactional
    public long product(String name, String producerName, long areaId) {
        Area area = areas.findById(areaId);
        Producer producer = new Producer();
        producer.name = producerName;
        producer.searchKey = VietnameseText.fold(producerName);
        producer.type = ProducerType.COOPERATIVE;
        producer.registrationCode = "REG-" + unique();
        producer.area = area;
        producer.areaPath = area.path;
        producers.persist(producer);
        Product product = new Product();
        product.name = name;
        product.searchKey = VietnameseText.fold(name);
        product.producer = producer;
        product.productSetCode = PRODUCT_SET;
        product.productGroup = "FOOD";
        product.stage = ProductStage.IN_DEVELOPMENT;
        product.area = area;
        product.areaPath = area.path;
        products.persistAndFlush(product);
        return product.id;
    }

    /** A certificate recorded from paper (before this system), as the product's current one. */
    @Transactional
    public long paperCertificate(long productId, int stars, String ruleSetId, LocalDate issuedOn) {
        Product product = products.findById(productId);
        Certificate c = new Certificate();
        c.number = "GIAY-" + unique();
        c.product = product;
        c.stars = stars;
        c.ruleSetId = ruleSetId;
        c.evaluationType = EvaluationType.NEW;
        c.productGroup = product.productGroup;
        c.areaPath = product.areaPath;
        c.decidingBody = "UBND tỉnh";
        c.decisionNumber = "99/QĐ-UBND";
        c.decisionDate = issuedOn;
        c.issuedOn = issuedOn;
        c.expiresOn = issuedOn.plusMonths(36);
        c.status = CertificateStatus.VALID;
        certificates.persistAndFlush(c);
        product.currentStars = stars;
        product.currentCertificateId = c.id;
        product.stage = ProductStage.CERTIFIED;
        standings.refresh(c);
        return c.id;
    }

    @Transactional
    public Product productById(long id) {
        Product p = products.findById(id);
        p.producer.name.length();
        return p;
    }

    @Transactional
    public Certificate certificateById(long id) {
        Certificate c = certificates.findById(id);
        if (c.supersededBy != null) {
            c.supersededBy.number.length();
        }
        return c;
    }

    /** The product set's sheet in the catalogue. */
    public static ProductSet productSet(String ruleSetId) {
        return Catalogue.standard().productSet(ruleSetId, PRODUCT_SET).orElseThrow();
    }

    /**
     * Answers totalling exactly {@code target}: the best option everywhere, then lower options on criteria without
     * any mandatory mark until the target is reached.
     */
    public static Map<String, String> answersTotalling(String ruleSetId, BigDecimal target) {
        ProductSet set = productSet(ruleSetId);
        Map<String, String> answers = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : set.criteria()) {
            Option best = c.options().stream().max((a, b) -> a.points().compareTo(b.points())).orElseThrow();
            answers.put(c.code(), best.code());
            total = total.add(best.points());
        }
        BigDecimal need = total.subtract(target);
        for (int i = set.criteria().size() - 1; i >= 0 && need.signum() > 0; i--) {
            Criterion c = set.criteria().get(i);
            boolean marked = c.criterionMinStar() != null || c.options().stream().anyMatch(o -> o.minStar() != null);
            if (marked) {
                continue;
            }
            BigDecimal max = c.options().stream().map(Option::points).max(BigDecimal::compareTo).orElseThrow();
            Option chosen = null;
            for (Option o : c.options()) {
                BigDecimal drop = max.subtract(o.points());
                if (drop.compareTo(need) <= 0 && (chosen == null || o.points().compareTo(chosen.points()) < 0)) {
                    chosen = o;
                }
            }
            if (chosen != null) {
                answers.put(c.code(), chosen.code());
                need = need.subtract(max.subtract(chosen.points()));
            }
        }
        if (need.signum() != 0) {
            throw new IllegalStateException("cannot reach " + target + " on " + PRODUCT_SET);
        }
        return answers;
    }

    /** Total of a sheet computed here from the catalogue, independently of the engine. */
    public static BigDecimal totalOf(String ruleSetId, Map<String, String> answers) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : productSet(ruleSetId).criteria()) {
            total = total.add(c.option(answers.get(c.code())).map(Option::points).orElse(BigDecimal.ZERO));
        }
        return total;
    }
}
