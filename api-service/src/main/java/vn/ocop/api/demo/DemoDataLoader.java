package vn.ocop.api.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.table.TableReader;
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
import vn.ocop.api.producer.ProducerType;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.registerimport.ImportSummary;
import vn.ocop.api.registerimport.RegisterImportService;
import vn.ocop.api.security.Caller;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Loads {@code demo/seed-plans.json} in one transaction. Idempotent and tolerant: areas are found by official code
 * (reference areas may already be there) and created only when missing; producers, products and certificates come
 * from the register file {@link #REGISTER} through the register import (a file committed already answers the
 * earlier import), plans are found by area, year and title — whatever exists is left as it is.
 * Plans go through the plan services, so demo targets obey the same rules as the API's; the open provincial round of
 * the demo council account goes through the evaluation services ({@link DemoEvaluationRound}).
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String RESOURCE = "demo/seed-plans.json";
    /** The register of the demo's producers, products and certificates, loaded through the register import. */
    public static final String REGISTER = "demo/register.csv";
    /** Official code of Thái Nguyên province, where the demo's open evaluation round sits. */
    static final String THAI_NGUYEN = "19";

    private final ObjectMapper json;
    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final PlanRepository plans;
    private final PlanService planService;
    private final PlanTargetService targetService;
    private final PlanMilestoneService milestoneService;
    private final PlanActivityService activityService;
    private final DemoEvaluationRound evaluationRound;
    private final Caller caller;
    private final RegisterImportService registerImport;

    public DemoDataLoader(ObjectMapper json, AreaRepository areas, ProducerRepository producers,
            ProductRepository products, PlanRepository plans,
            PlanService planService, PlanTargetService targetService, PlanMilestoneService milestoneService,
            PlanActivityService activityService, DemoEvaluationRound evaluationRound, Caller caller,
            RegisterImportService registerImport) {
        this.registerImport = registerImport;
        this.json = json;
        this.areas = areas;
        this.producers = producers;
        this.products = products;
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
            DemoData data = json.readerFor(DemoData.class)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in);
            List<DemoProducer> producers = new ArrayList<>();
            List<DemoProduct> products = new ArrayList<>();
            readRegister(producers, products);
            return new DemoData(data.format(), data.note(), data.areas(), data.register(), producers, products,
                    data.plans());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The bundled register file. */
    static byte[] register() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + REGISTER);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REGISTER, e);
        }
    }

    /** The producers and products (with their certificates) of the register file, in file order. */
    private static void readRegister(List<DemoProducer> producers, List<DemoProduct> products) {
        Map<String, DemoProducer> byCode = new java.util.LinkedHashMap<>();
        Map<String, List<DemoCertificate>> certificatesOf = new java.util.LinkedHashMap<>();
        Map<String, String[]> productOf = new java.util.LinkedHashMap<>();
        for (TableReader.Row row : TableReader.read(register()).rows()) {
            String code = row.get("producer_registration_code");
            byCode.computeIfAbsent(code, c -> new DemoProducer(c, row.get("producer_name"),
                    ProducerType.valueOf(row.get("producer_type")), row.get("area_code"),
                    row.get("representative_name"), "true".equals(row.get("representative_woman")),
                    "true".equals(row.get("representative_ethnic_minority"))));
            String key = code + "|" + row.get("product_name");
            productOf.putIfAbsent(key, new String[] {row.get("product_name"), code, row.get("product_set_code"),
                    row.get("product_description")});
            certificatesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(new DemoCertificate(
                    row.get("certificate_number"), Integer.parseInt(row.get("stars")),
                    EvaluationType.valueOf(row.get("evaluation_type")), LocalDate.parse(row.get("decision_date")),
                    row.get("rule_set_id"), row.get("deciding_body"), row.get("decision_number")));
        }
        producers.addAll(byCode.values());
        for (Map.Entry<String, String[]> p : productOf.entrySet()) {
            String[] v = p.getValue();
            products.add(new DemoProduct(v[0], v[1], v[2], null, v[3], certificatesOf.get(p.getKey())));
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
        // Producers, products and their certificates: the register file, through the register import (as a
        // province would bring in its register); a file committed already answers the earlier import.
        RegisterImportService.Submitted imported = registerImport.commitNow(REGISTER, register());
        ImportSummary summary = imported.earlier() ? null : imported.response().summary();
        int createdProducers = summary == null ? 0 : summary.producersCreated();
        int createdProducts = summary == null ? 0 : summary.productsCreated();
        int createdCertificates = summary == null ? 0 : summary.certificatesCreated();
        Map<String, Producer> producerByCode = new HashMap<>();
        for (DemoProducer p : data.producers()) {
            producerByCode.put(p.registrationCode(), producers.find("registrationCode", p.registrationCode())
                    .firstResult());
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
