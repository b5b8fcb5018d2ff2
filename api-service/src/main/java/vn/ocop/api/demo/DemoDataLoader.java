package vn.ocop.api.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateCalendar;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.demo.DemoData.DemoActivity;
import vn.ocop.api.demo.DemoData.DemoArea;
import vn.ocop.api.demo.DemoData.DemoCertificate;
import vn.ocop.api.demo.DemoData.DemoPlan;
import vn.ocop.api.demo.DemoData.DemoProducer;
import vn.ocop.api.demo.DemoData.DemoProduct;
import vn.ocop.api.plan.ActivityRequest;
import vn.ocop.api.plan.MilestoneRequest;
import vn.ocop.api.plan.PlanActivityService;
import vn.ocop.api.plan.PlanMilestoneService;
import vn.ocop.api.plan.PlanRepository;
import vn.ocop.api.plan.PlanRequest;
import vn.ocop.api.plan.PlanService;
import vn.ocop.api.plan.PlanTargetService;
import vn.ocop.api.plan.TargetRequest;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.product.ProductStage;
import vn.ocop.api.security.Caller;

/**
 * Loads {@code demo/seed-plans.json} in one transaction. Idempotent and tolerant: areas are found by official code
 * (reference areas may already be there) and created only when missing; producers by registration code, products by
 * producer and name, certificates by number, plans by area, year and title — whatever exists is left as it is.
 * Plans go through the plan services, so demo targets obey the same rules as the API's; the open provincial round of
 * the demo council account goes through the evaluation services ({@link DemoEvaluationRound}).
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String RESOURCE = "demo/seed-plans.json";
    /** Official code of Thái Nguyên province, where the demo's open evaluation round sits. */
    static final String THAI_NGUYEN = "19";

    private final ObjectMapper json;
    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    private final PlanRepository plans;
    private final PlanService planService;
    private final PlanTargetService targetService;
    private final PlanMilestoneService milestoneService;
    private final PlanActivityService activityService;
    private final DemoEvaluationRound evaluationRound;
    private final Caller caller;
    private final CertificateCalendar calendar;
    private final CertificateStandings standings;

    public DemoDataLoader(ObjectMapper json, AreaRepository areas, ProducerRepository producers,
            ProductRepository products, CertificateRepository certificates, PlanRepository plans,
            PlanService planService, PlanTargetService targetService, PlanMilestoneService milestoneService,
            PlanActivityService activityService, DemoEvaluationRound evaluationRound, Caller caller,
            CertificateCalendar calendar, CertificateStandings standings) {
        this.standings = standings;
        this.calendar = calendar;
        this.json = json;
        this.areas = areas;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
        this.plans = plans;
        this.planService = planService;
        this.targetService = targetService;
        this.milestoneService = milestoneService;
        this.activityService = activityService;
        this.evaluationRound = evaluationRound;
        this.caller = caller;
    }

    /** Reads the bundled demo file. */
    public DemoData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            // The file leaves false flags out (representativeEthnicMinority): only they are read leniently; every
            // other rule of the strict request JSON applies to it too (vn.ocop.api.common.json.StrictJson).
            return json.readerFor(DemoData.class)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Loads what is missing, through the plan services with the system's (ADMIN) rights. */
    @ActivateRequestContext
    @Transactional
    public DemoSummary load() {
        caller.actAsSystem();
        DemoData data = read();
        Map<String, Area> areaByCode = new HashMap<>();
        int createdAreas = 0;
        for (DemoArea a : data.areas()) {
            Optional<Area> existing = findArea(a.code());
            if (existing.isPresent()) {
                areaByCode.put(a.code(), existing.get());
            } else {
                areaByCode.put(a.code(), createArea(a, areaByCode));
                createdAreas++;
            }
        }
        Map<String, Producer> producerByCode = new HashMap<>();
        int createdProducers = 0;
        for (DemoProducer p : data.producers()) {
            Optional<Producer> existing = producers.find("registrationCode", p.registrationCode())
                    .firstResultOptional();
            if (existing.isPresent()) {
                producerByCode.put(p.registrationCode(), existing.get());
            } else {
                producerByCode.put(p.registrationCode(), createProducer(p, area(areaByCode, p.areaCode())));
                createdProducers++;
            }
        }
        int createdProducts = 0;
        int createdCertificates = 0;
        for (DemoProduct p : data.products()) {
            Producer producer = producerByCode.get(p.producer());
            Product product = products.find("producer.id = ?1 and name = ?2", producer.id, p.name())
                    .firstResultOptional().orElse(null);
            if (product == null) {
                product = createProduct(p, producer);
                createdProducts++;
            }
            for (DemoCertificate c : p.certificates()) {
                if (certificates.find("number", c.number()).firstResultOptional().isEmpty()) {
                    issue(product, c);
                    createdCertificates++;
                }
            }
            refreshStage(product);
        }
        int createdPlans = 0;
        for (DemoPlan p : data.plans()) {
            Area area = area(areaByCode, p.areaCode());
            if (plans.find("area.id = ?1 and year = ?2 and title = ?3", area.id, p.year(), p.title()).count() == 0) {
                createPlan(p, area, producerByCode);
                createdPlans++;
            }
        }
        Product roundProduct = products.find("producer.id = ?1 and name = ?2",
                producerByCode.get(DemoEvaluationRound.PRODUCER_CODE).id, DemoEvaluationRound.PRODUCT).firstResult();
        int createdRounds = evaluationRound.ensure(area(areaByCode, THAI_NGUYEN), roundProduct);
        return new DemoSummary(createdAreas, createdProducers, createdProducts, createdCertificates, createdPlans,
                createdRounds);
    }

    private Optional<Area> findArea(String code) {
        return areas.find("code = ?1 order by validFrom desc", code).firstResultOptional();
    }

    private static Area area(Map<String, Area> areaByCode, String code) {
        Area area = areaByCode.get(code);
        if (area == null) {
            throw new IllegalStateException("Demo data refers to an area not in its list: " + code);
        }
        return area;
    }

    private Area createArea(DemoArea a, Map<String, Area> areaByCode) {
        Area area = new Area();
        area.code = a.code();
        area.name = a.name();
        area.fullName = a.fullName();
        area.level = a.level();
        area.parent = a.parentCode() == null ? null : area(areaByCode, a.parentCode());
        area.validFrom = a.validFrom();
        area.validTo = a.validTo();
        area.searchKey = VietnameseText.fold(a.fullName() != null ? a.fullName() : a.name());
        area.path = "/";
        areas.persistAndFlush(area);
        area.path = (area.parent == null ? "/" : area.parent.path) + area.id + "/";
        return area;
    }

    private Producer createProducer(DemoProducer p, Area area) {
        Producer producer = new Producer();
        producer.name = p.name();
        producer.searchKey = VietnameseText.fold(p.name());
        producer.type = p.type();
        producer.registrationCode = p.registrationCode();
        producer.representativeName = p.representativeName();
        producer.representativeWoman = p.representativeWoman();
        producer.representativeEthnicMinority = p.representativeEthnicMinority();
        producer.area = area;
        producer.areaPath = area.path;
        producers.persist(producer);
        return producer;
    }

    private Product createProduct(DemoProduct p, Producer producer) {
        Product product = new Product();
        product.name = p.name();
        product.searchKey = VietnameseText.fold(p.name());
        product.producer = producer;
        product.productSetCode = p.productSetCode();
        product.productGroup = p.productGroup();
        product.description = p.description();
        product.stage = ProductStage.DOSSIER_SUBMITTED;
        product.area = producer.area;
        product.areaPath = producer.areaPath;
        products.persist(product);
        return product;
    }

    /** Issues a certificate valid as its rule set says (36 months); the product's earlier one is superseded by it. */
    private void issue(Product product, DemoCertificate c) {
        Certificate previous = product.currentCertificateId == null ? null
                : certificates.findById(product.currentCertificateId);
        Certificate certificate = new Certificate();
        certificate.number = c.number();
        certificate.product = product;
        certificate.stars = c.stars();
        certificate.ruleSetId = c.ruleSetId();
        certificate.evaluationType = c.evaluationType();
        certificate.productGroup = product.productGroup;
        certificate.areaPath = product.areaPath;
        certificate.decidingBody = c.decidingBody();
        certificate.decisionNumber = c.decisionNumber();
        certificate.decisionDate = c.issuedOn();
        certificate.issuedOn = c.issuedOn();
        certificate.expiresOn = calendar.expiry(c.ruleSetId(), c.issuedOn());
        certificate.status = CertificateStatus.VALID;
        certificate.previousStars = previous == null ? null : previous.stars;
        standings.refresh(certificate);
        certificates.persistAndFlush(certificate);
        if (previous != null) {
            previous.status = CertificateStatus.SUPERSEDED;
            previous.supersededBy = certificate;
            previous.supersededOn = certificate.issuedOn;
            standings.refresh(previous);
        }
        product.currentCertificateId = certificate.id;
        standings.refresh(certificate);
    }

    /** Certified by its latest certificate; whether that is still in force is derived when read (ProductStage.shown). */
    private void refreshStage(Product product) {
        if (product.currentCertificateId == null) {
            return;
        }
        Certificate current = certificates.findById(product.currentCertificateId);
        ProductStage.apply(product, ProductStage.Step.RECOGNISED);
        product.currentStars = current.stars;
    }

    private void createPlan(DemoPlan p, Area area, Map<String, Producer> producerByCode) {
        long planId = planService.create(new PlanRequest(area.id, p.year(), p.number(), p.issuedOn(), p.title(),
                p.ruleSet(), p.budgetVnd(), p.fundingSource(), p.executingUnits(), p.note())).id();
        for (TargetRequest target : list(p.targets())) {
            targetService.create(planId, null, target);
        }
        for (MilestoneRequest milestone : list(p.milestones())) {
            milestoneService.create(planId, null, milestone);
        }
        for (DemoActivity a : list(p.activities())) {
            List<Long> trained = new ArrayList<>();
            for (String code : list(a.producers())) {
                trained.add(producerByCode.get(code).id);
            }
            activityService.create(planId, null, new ActivityRequest(a.kind(), a.title(), a.heldOn(), a.place(),
                    a.participants(), trained, a.note()));
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
