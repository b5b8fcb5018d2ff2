package vn.ocop.api.certificate;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductStage;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.CertificateRules;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.lifecycle.RevocationCheck;

/** Certificates: lists (expiring, expired without re-evaluation), reading and revocation. Never deleted. */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final Map<String, String> SORT = Map.of("id", "id", "expiresOn", "expiresOn",
            "issuedOn", "issuedOn", "number", "number", "stars", "stars");

    private final CertificateRepository certificates;
    private final AreaRepository areas;
    private final AuditLog audit;
    private final CertificateAccess access;
    private final Catalogue catalogue;
    private final Today today;
    private final CertificateStandings standings;

    public CertificateService(CertificateRepository certificates, AreaRepository areas, AuditLog audit,
            CertificateAccess access, Today today, Catalogue catalogue, CertificateStandings standings) {
        this.standings = standings;
        this.catalogue = catalogue;
        this.today = today;
        this.access = access;
        this.certificates = certificates;
        this.areas = areas;
        this.audit = audit;
    }

    /** What to list. */
    public record Filter(Long productId, Long areaId, Integer stars, CertificateStatus status,
                         Integer expiringWithinDays, boolean expiredWithoutReEvaluation, LocalDate asOf) {
    }

    /**
     * The JPQL condition (on {@link Certificate}), its parameters and the day states are computed for: what the
     * list page and the export both select, scope included.
     */
    public record Selection(String condition, Map<String, Object> parameters, LocalDate asOf) {
    }

    @Transactional
    public PageResponse<CertificateResponse> list(Filter filter, PageQuery page) {
        Selection selection = select(filter);
        PanacheQuery<Certificate> query = certificates.find(selection.condition(),
                SortSpec.parse(page.sort, SORT, "expiresOn"), selection.parameters());
        List<CertificateResponse> items = query.page(Page.of(page.page, page.size)).list().stream()
                .map(c -> standings.response(c, selection.asOf())).toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
    }

    /** See {@link Selection}; 400 naming the query parameter for a bad filter value. */
    @Transactional
    public Selection select(Filter filter) {
        LocalDate asOf = filter.asOf() == null ? today.date() : filter.asOf();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.productId() != null) {
            where.append(" and product.id = :productId");
            params.and("productId", filter.productId());
        }
        if (filter.areaId() != null) {
            Area area = areas.findByIdOptional(filter.areaId())
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.certificate.unknown-area"));
            where.append(" and areaPath like :path");
            params.and("path", area.path + "%");
        }
        if (filter.stars() != null) {
            where.append(" and stars = :stars");
            params.and("stars", filter.stars());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" and status = :valid and expiresOn >= :asOf and expiresOn <= :until");
            params.and("valid", CertificateStatus.VALID).and("asOf", asOf)
                    .and("until", asOf.plusDays(filter.expiringWithinDays()));
        }
        if (filter.expiredWithoutReEvaluation()) {
            // Expired, still the product's last word (not superseded or revoked), and no dossier open to renew it.
            where.append(" and status = :valid2 and (inForceThrough is null or inForceThrough < :asOf2) and product.id not in"
                    + " (select d.openProductId from Dossier d where d.openProductId is not null)");
            params.and("valid2", CertificateStatus.VALID).and("asOf2", asOf);
        }
        String scope = access.certificateListClause(params);
        if (scope != null) {
            where.append(" and ").append(scope);
        }
        return new Selection(where.toString(), Map.copyOf(params.map()), asOf);
    }

    /**
     * The certificates in force on {@code day} in the area (all visible ones when null), within the caller's scope:
     * what the national shapes report.
     */
    @Transactional
    public Selection inForce(Long areaId, LocalDate day) {
        Selection all = select(new Filter(null, areaId, null, null, null, false, day));
        Map<String, Object> params = new java.util.HashMap<>(all.parameters());
        params.put("inForceDay", all.asOf());
        return new Selection("(" + all.condition() + ") and " + CertificateStandings.inForceOn("", ":inForceDay"),
                Map.copyOf(params), all.asOf());
    }

    /**
     * One export batch: up to {@code size} selected certificates with an id above {@code after}, in id order, with
     * their product's and producer's facts and the official codes of their areas.
     */
    @Transactional
    public List<CertificateLine> batch(Selection selection, long after, int size) {
        Map<String, Object> params = new java.util.HashMap<>(selection.parameters());
        params.put("exportAfter", after);
        List<Certificate> page = certificates.find("(" + selection.condition() + ") and id > :exportAfter",
                io.quarkus.panache.common.Sort.by("id"), params).page(0, size).list();
        Map<String, vn.ocop.api.area.OfficialCodes> codes = areas.officialCodes(
                page.stream().map(c -> c.areaPath).toList());
        return page.stream().map(c -> CertificateLine.of(standings.response(c, selection.asOf()), c.product,
                codes.getOrDefault(c.areaPath, vn.ocop.api.area.OfficialCodes.NONE))).toList();
    }

    @Transactional
    public CertificateResponse get(long id, LocalDate asOf) {
        Certificate c = find(id);
        access.requireCertificateVisible(c);
        return standings.response(c, asOf == null ? today.date() : asOf);
    }

    /**
     * Thu hồi: only a valid certificate, dated from its issue to today, by the level that recognises its tier under
     * the rules in force on the revocation day ({@link CertificateRules#checkRevocation}).
     * The product loses its stars.
     */
    public CertificateResponse revoke(long id, long expectedVersion, RevocationRequest request) {
        Certificate c = find(id);
        access.requireCertificateVisible(c);
        access.requireRevoker(request.revokingLevel());
        ETags.checkVersion(expectedVersion, c.version);
        if (c.status != CertificateStatus.VALID) {
            throw ApiException.stateConflict("detail.certificate.not-valid", c.number, c.status);
        }
        if (request.revokedOn().isBefore(c.issuedOn)) {
            throw ApiException.invalidField("revokedOn", "reason.certificate.revoked-before-issue");
        }
        if (request.revokedOn().isAfter(today.date())) {
            throw ApiException.invalidField("revokedOn", "reason.certificate.revoked-in-future", today.date());
        }
        RuleSet inForce;
        try {
            inForce = catalogue.ruleSetOn(request.revokedOn());
        } catch (IllegalArgumentException noRulesThatDay) {
            throw ApiException.invalidField("revokedOn", "reason.invalid-value", request.revokedOn());
        }
        if (CertificateRules.checkRevocation(inForce, request.revokingLevel(), c.stars)
                instanceof RevocationCheck.Refused refused) {
            throw ApiException.conflict("revokingLevel", "reason.certificate.level-may-not-revoke",
                    request.revokingLevel(), c.stars, refused.ruleSetId(),
                    refused.levelsThatMay().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        CertificateResponse before = standings.response(c, request.revokedOn());
        c.status = CertificateStatus.REVOKED;
        c.revokedOn = request.revokedOn();
        c.revocationGround = request.ground().name();
        c.revocationNote = request.note();
        c.revokingBody = request.revokingBody();
        c.revokedBy = audit.actor();
        standings.refresh(c);
        Product product = c.product;
        if (c.id.equals(product.currentCertificateId)) {
            product.currentCertificateId = null;
            // Kept: before the revocation took effect the product was certified (ProductStage.shown).
            product.certifiedThrough = c.inForceThrough;
            product.currentStars = null;
            ProductStage.apply(product, ProductStage.Step.REVOKED);
        }
        certificates.flush();
        CertificateResponse after = standings.response(c, request.revokedOn());
        audit.record("certificate.revoke", CertificateIssuer.AUDIT_TYPE, c.id, product.id, product.areaPath, before,
                after);
        return after;
    }

    private Certificate find(long id) {
        return certificates.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.certificate", id));
    }
}
