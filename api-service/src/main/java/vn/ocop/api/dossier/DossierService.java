package vn.ocop.api.dossier;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.ReEvaluationFiling;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.product.ProductStage;
import vn.ocop.api.security.Role;
import vn.ocop.scoring.InputProblem;
import vn.ocop.scoring.ProblemCode;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.RuleSetChoice;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.Level;

/** Dossiers and their status machine up to the council: filing, submission, commune assessment, return, withdrawal. */
@ApplicationScoped
@Transactional
public class DossierService {

    static final String AUDIT_TYPE = "dossier";
    private static final Map<String, String> SORT = Map.of("id", "id", "filedOn", "filedOn", "status", "status");

    private final DossierRepository dossiers;
    private final ProductRepository products;
    private final AreaRepository areas;
    private final CertificateRepository certificates;
    private final Catalogue catalogue;
    private final ScoringEngine engine;
    private final AuditLog audit;
    private final DossierAccess access;
    private final Today today;
    private final ReEvaluationFiling reEvaluations;

    public DossierService(DossierRepository dossiers, ProductRepository products, AreaRepository areas,
            CertificateRepository certificates, Catalogue catalogue, ScoringEngine engine, AuditLog audit,
            DossierAccess access, Today today, ReEvaluationFiling reEvaluations) {
        this.reEvaluations = reEvaluations;
        this.today = today;
        this.access = access;
        this.dossiers = dossiers;
        this.products = products;
        this.areas = areas;
        this.certificates = certificates;
        this.catalogue = catalogue;
        this.engine = engine;
        this.audit = audit;
    }

    public DossierResponse create(DossierRequest request) {
        // A product outside the caller's reach answers exactly like an unknown one.
        Product product = products.findByIdOptional(request.productId())
                .filter(p -> access.scope().canAccessProducer(p.producer.id, p.areaPath))
                .orElseThrow(() -> ApiException.invalidField("productId", "reason.dossier.unknown-product", request.productId()));
        LocalDate filedOn = request.filedOn() == null ? today.date() : request.filedOn();
        RuleSetChoice choice = catalogue.ruleSetForFiling(filedOn, Optional.ofNullable(request.ruleSetId()),
                request.evaluationType());
        if (!(choice instanceof RuleSetChoice.Chosen chosen)) {
            throw ruleSetRefused((RuleSetChoice.Refused) choice, request.ruleSetId(), filedOn);
        }
        RuleSet ruleSet = chosen.ruleSet();
        access.requireDistrictRules(ruleSet.id());
        ProductSet productSet = ruleSet.productSet(product.productSetCode).orElseThrow(() -> ApiException.conflict(
                "ruleSetId", "reason.dossier.product-set-not-in-rule-set", product.productSetCode, ruleSet.id()));
        dossiers.openForProduct(product.id).ifPresent(open -> {
            throw ApiException.conflict("productId", "reason.dossier.open-exists", open.id);
        });
        checkCertificateFor(request.evaluationType(), product);

        Dossier dossier = new Dossier();
        dossier.product = product;
        dossier.evaluationType = request.evaluationType();
        dossier.ruleSetId = ruleSet.id();
        dossier.ruleSetNamed = request.ruleSetId() != null && !request.ruleSetId().isBlank();
        dossier.filedOn = filedOn;
        if (request.evaluationType() == EvaluationType.RE_EVALUATION) {
            // Against the renewed certificate's window: too early is 409; a missed transitional window records grace.
            dossier.reEvaluationTiming = reEvaluations.file(product, filedOn).orElse(null);
        }
        dossier.note = request.note();
        Optional<Dossier> last = dossiers.latestOfProduct(product.id);
        boolean copy = request.evaluationType() != EvaluationType.NEW && last.isPresent();
        if (copy) {
            dossier.previousDossier = last.get();
        }
        if (request.selfAssessment() != null) {
            dossier.selfAssessment.putAll(checkedAnswers(ruleSet.id(), productSet, request.selfAssessment()));
        } else if (copy) {
            Set<String> invalid = engine.checkAnswers(ruleSet.id(), productSet.code(), last.get().selfAssessment).stream()
                    .map(InputProblem::field).collect(Collectors.toSet());
            last.get().selfAssessment.forEach((criterion, option) -> {
                if (!invalid.contains(criterion)) {
                    dossier.selfAssessment.put(criterion, option);
                }
            });
        }
        if (request.evidence() != null) {
            dossier.evidence.addAll(evidence(request.evidence()));
        } else if (copy) {
            last.get().evidence.forEach(e -> dossier.evidence.add(new Evidence(e.type, e.fileName, e.sha256, e.sizeBytes)));
        }
        dossier.open();
        persistOpen(dossier);
        DossierResponse created = DossierResponse.of(dossier);
        audit.record("dossier.create", AUDIT_TYPE, dossier.id, product.id, product.areaPath, null, created);
        return created;
    }

    @Transactional
    public DossierResponse get(long id) {
        return DossierResponse.of(visible(id));
    }

    @Transactional
    public PageResponse<DossierResponse> list(Long productId, DossierStatus status, Level queueLevel, Long areaId,
            PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (productId != null) {
            where.append(" and product.id = :productId");
            params.and("productId", productId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (queueLevel != null) {
            where.append(" and queueLevel = :queueLevel");
            params.and("queueLevel", queueLevel);
        }
        if (areaId != null) {
            Area area = areas.findByIdOptional(areaId)
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.dossier.unknown-area", areaId));
            where.append(" and product.areaPath like :path");
            params.and("path", area.path + "%");
        }
        String scope = access.dossierListClause(params);
        if (scope != null) {
            where.append(" and ").append(scope);
        }
        PanacheQuery<Dossier> query = dossiers.find(where.toString(), SortSpec.parse(page.sort, SORT, "id"), params);
        List<DossierResponse> items = query.page(Page.of(page.page, page.size)).list().stream()
                .map(DossierResponse::of).toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
    }

    public DossierResponse update(long id, long expectedVersion, DossierUpdateRequest request) {
        Dossier dossier = visible(id);
        access.requireDossierAction(dossier, Role.ADMIN, Role.PROVINCE, Role.DISTRICT, Role.COMMUNE, Role.PRODUCER);
        ETags.checkVersion(expectedVersion, dossier.version);
        dossier.require(DossierStep.EDIT);
        DossierResponse before = DossierResponse.of(dossier);
        // A full update: each field replaces what is stored; null clears it.
        Map<String, String> answers = request.selfAssessment() == null ? Map.of()
                : checkedAnswers(dossier.ruleSetId, productSet(dossier), request.selfAssessment());
        dossier.selfAssessment.clear();
        dossier.selfAssessment.putAll(answers);
        dossier.evidence.clear();
        if (request.evidence() != null) {
            dossier.evidence.addAll(evidence(request.evidence()));
        }
        dossier.note = request.note();
        return written("dossier.update", dossier, before);
    }

    /** Nộp hồ sơ: to the commune (148+1489, 26/2026) or straight to the district's queue (148). */
    public DossierResponse submit(long id, long expectedVersion) {
        Dossier dossier = visible(id);
        access.requireDossierAction(dossier, Role.ADMIN, Role.PROVINCE, Role.DISTRICT, Role.COMMUNE, Role.PRODUCER);
        ETags.checkVersion(expectedVersion, dossier.version);
        dossier.require(DossierStep.SUBMIT);
        DossierResponse before = DossierResponse.of(dossier);
        RuleSet ruleSet = evaluatedUnder(dossier, dossier.filedOn);
        dossier.apply(DossierStep.SUBMIT);
        dossier.returnReason = null;
        dossier.queueLevel = ruleSet.process().queueAfterSubmission();
        if (dossier.evaluationType == EvaluationType.NEW) {
            ProductStage.apply(dossier.product, ProductStage.Step.DOSSIER_SUBMITTED);
        }
        return written("dossier.submit", dossier, before);
    }

    /** The commune records its findings on the four items and forwards the dossier to the province. */
    public DossierResponse assessAtCommune(long id, long expectedVersion, CommuneAssessmentRequest request) {
        Dossier dossier = visible(id);
        access.requireDossierAction(dossier, Role.ADMIN, Role.PROVINCE, Role.COMMUNE);
        ETags.checkVersion(expectedVersion, dossier.version);
        dossier.require(DossierStep.ASSESS_AT_COMMUNE);
        DossierResponse before = DossierResponse.of(dossier);
        RuleSet ruleSet = evaluatedUnder(dossier, request.assessedOn());
        dossier.communeAssessedOn = request.assessedOn();
        dossier.communeAssessedBy = audit.actor();
        dossier.communeRawMaterial = request.rawMaterialOrigin();
        dossier.communeLocalLabour = request.localLabour();
        dossier.communeIdeaOrigin = request.ideaOrigin();
        dossier.communeLocalIdentity = request.localIdentity();
        dossier.communeProposal = request.proposal();
        dossier.apply(DossierStep.ASSESS_AT_COMMUNE);
        dossier.queueLevel = ruleSet.process().queueAfterCommune();
        return written("dossier.commune-assessment", dossier, before);
    }

    /** Trả lại hồ sơ để bổ sung, with the reason; the producer edits and submits again. */
    public DossierResponse returnForSupplement(long id, long expectedVersion, ReturnRequest request) {
        Dossier dossier = visible(id);
        access.requireDossierAction(dossier, Role.ADMIN, Role.PROVINCE, Role.DISTRICT, Role.COMMUNE);
        access.requireMayReturn(dossier);
        ETags.checkVersion(expectedVersion, dossier.version);
        dossier.require(DossierStep.RETURN_FOR_SUPPLEMENT);
        DossierResponse before = DossierResponse.of(dossier);
        dossier.apply(DossierStep.RETURN_FOR_SUPPLEMENT);
        dossier.returnReason = request.reason();
        dossier.queueLevel = null;
        return written("dossier.return", dossier, before);
    }

    public DossierResponse withdraw(long id, long expectedVersion) {
        Dossier dossier = visible(id);
        access.requireDossierAction(dossier, Role.ADMIN, Role.PROVINCE, Role.DISTRICT, Role.COMMUNE, Role.PRODUCER);
        ETags.checkVersion(expectedVersion, dossier.version);
        dossier.require(DossierStep.WITHDRAW);
        DossierResponse before = DossierResponse.of(dossier);
        dossier.apply(DossierStep.WITHDRAW);
        if (dossier.evaluationType == EvaluationType.RE_EVALUATION) {
            reEvaluations.end(dossier.product, today.date());
        }
        if (dossier.evaluationType == EvaluationType.NEW) {
            ProductStage.apply(dossier.product, ProductStage.Step.DOSSIER_CLOSED_UNRECOGNISED);
        }
        dossier.queueLevel = null;
        return written("dossier.withdraw", dossier, before);
    }

    /** The dossier if the caller may see it; 404 otherwise, as if it did not exist. */
    Dossier visible(long id) {
        Dossier dossier = find(id);
        access.requireDossierVisible(dossier, d -> dossiers.onRoundOfMember(d, access.scope().username()));
        return dossier;
    }

    Dossier find(long id) {
        return dossiers.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.dossier", id));
    }

    private DossierResponse written(String action, Dossier dossier, DossierResponse before) {
        dossiers.flush();
        DossierResponse after = DossierResponse.of(dossier);
        audit.record(action, AUDIT_TYPE, dossier.id, dossier.product.id, dossier.product.areaPath, before, after);
        return after;
    }

    /** Persists a new open dossier; a concurrent second open dossier for the product hits the unique key: 409. */
    /**
     * Stores a new open dossier. Only a violation of {@value #OPEN_DOSSIER_CONSTRAINT} (a concurrent request opened
     * one first) means "the product already has an open dossier"; any other database error propagates as it is.
     */
    private void persistOpen(Dossier dossier) {
        try {
            dossiers.persistAndFlush(dossier);
        } catch (jakarta.persistence.PersistenceException e) {
            if (violates(e, OPEN_DOSSIER_CONSTRAINT)) {
                throw ApiException.conflict("productId", "reason.dossier.open-exists", "?");
            }
            throw e;
        }
    }

    static final String OPEN_DOSSIER_CONSTRAINT = "dossier_open_product_uq";

    /** Whether {@code error} (or a cause) is the violation of the named constraint (names compared case-blind). */
    static boolean violates(Throwable error, String constraint) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }


    private void checkCertificateFor(EvaluationType type, Product product) {
        long held = certificates.count("product.id = ?1 and status = ?2", product.id,
                vn.ocop.api.certificate.CertificateStatus.VALID);
        if (type == EvaluationType.NEW && held > 0) {
            throw ApiException.conflict("evaluationType", "reason.dossier.new-but-certified");
        }
        if (type != EvaluationType.NEW && held == 0) {
            throw ApiException.conflict("evaluationType", "reason.dossier.no-certificate");
        }
    }

    private ProductSet productSet(Dossier dossier) {
        return catalogue.productSet(dossier.ruleSetId, dossier.product.productSetCode)
                .orElseThrow(() -> new IllegalStateException("product set vanished from " + dossier.ruleSetId));
    }

    /** Checks every answer with the engine's answer checks; a draft may be partial. */
    private Map<String, String> checkedAnswers(String ruleSetId, ProductSet productSet, Map<String, String> answers) {
        List<FieldError> errors = engine.checkAnswers(ruleSetId, productSet.code(), answers).stream()
                .map(p -> new FieldError("selfAssessment." + p.field(), p.code() == ProblemCode.UNKNOWN_CRITERION
                        ? "reason.dossier.unknown-criterion" : "reason.dossier.unknown-option"))
                .toList();
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
        return answers;
    }

    private static List<Evidence> evidence(List<EvidenceItem> items) {
        return items.stream().map(i -> new Evidence(i.type(), i.fileName(), i.sha256(), i.sizeBytes())).toList();
    }

    private RuleSet evaluatedUnder(Dossier dossier, LocalDate on) {
        return dossier.evaluatedUnder(catalogue, on);
    }

    private ApiException ruleSetRefused(RuleSetChoice.Refused refused, String named, LocalDate filedOn) {
        boolean isNamed = named != null && !named.isBlank();
        switch (refused.reason()) {
            case UNKNOWN:
                return ApiException.invalidField("ruleSetId", "reason.dossier.unknown-rule-set", named);
            case NO_SHEETS:
                return ApiException.invalidField("ruleSetId", "reason.dossier.rule-set-without-sheets",
                        isNamed ? named : catalogue.ruleSetOn(filedOn).id());
            default:
                return isNamed
                        ? ApiException.invalidField("ruleSetId", "reason.dossier.rule-set-not-in-force", named, filedOn)
                        : ApiException.invalidField("filedOn", "reason.dossier.no-rule-set-on", filedOn);
        }
    }
}
