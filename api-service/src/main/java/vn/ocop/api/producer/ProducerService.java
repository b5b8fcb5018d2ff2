package vn.ocop.api.producer;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaService;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.ListFilter;
import vn.ocop.api.security.Role;

/**
 * Producers (chủ thể OCOP): create, read, update, delete and search. The registration code is unique regardless of
 * case (stored upper-cased): a duplicate is a 409 naming {@code registrationCode}, also when two requests race
 * (the unique constraint decides). The tax code is unique when present, a duplicate a 409 naming {@code taxCode};
 * the type-dependent identifier rules are {@link ProducerIdentifiers}.
 * Scoping: officers reach the producers of their area and its sub-areas, a PRODUCER account its own record;
 * others are answered 404 and left out of lists. The area a producer is placed in must be inside the officer's
 * area (else 400 on {@code areaId}, as for an unknown area); a PRODUCER may not move its record (403).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProducerService {

    static final Map<String, String> SORTABLE = Map.of("name", "searchKey", "registrationCode", "registrationCode",
            "type", "type", "createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");

    static final String AUDIT_TYPE = "producer";

    private static final String REGISTRATION_CODE_CONSTRAINT = "producer_registration_code_uq";
    private static final String TAX_CODE_CONSTRAINT = "producer_tax_code_uq";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final ProducerRepository producers;
    private final AreaService areas;
    private final AccessPolicy access;
    private final ReadCache reads;
    private final AuditLog audit;
    private final Today today;

    public ProducerService(ProducerRepository producers, AreaService areas, AccessPolicy access, ReadCache reads,
            AuditLog audit, Today today) {
        this.today = today;
        this.audit = audit;
        this.producers = producers;
        this.areas = areas;
        this.access = access;
        this.reads = reads;
    }

    /** The producer; 404 when it exists but is outside the caller's reach (as if it did not exist). */
    public Optional<Producer> findById(Long id) {
        return producers.findByIdOptional(id).map(this::visible);
    }

    private Producer visible(Producer producer) {
        access.requireProducerVisible(producer.id, producer.areaPath, "entity.producer", producer.id);
        return producer;
    }

    /** An area in force today that the caller may place records in; otherwise 400 naming {@code areaId}. */
    private Area placeableArea(Long areaId) {
        Area area = areas.requireValidOn(areaId, today.date(), "areaId");
        if (!access.canAccessArea(area.path)) {
            throw ApiException.invalidField("areaId", "reason.area-unknown", areaId);
        }
        return area;
    }

    public PageResponse<ProducerResponse> list(ProducerFilter filter, PageQuery page) {
        Sort sort = SortSpec.parse(page.sort, SORTABLE, "name");
        Selection selection = select(filter);
        // The page read straight into response records, and one COUNT with the same condition; cached under the
        // exact query, scope condition included.
        String query = selection.condition();
        String orderBy = SortSpec.orderBy(sort, "p");
        Map<String, Object> bound = selection.parameters();
        return reads.get("producers.page", List.of(query, bound, orderBy, page.page, page.size), () -> {
            List<ProducerResponse> items = producers.page(query, orderBy, bound, page.page, page.size);
            return new PageResponse<>(items, producers.count(query, bound), page.page, page.size);
        });
    }

    /**
     * The producers a list with {@code filter} shows the caller: a JPQL condition over {@code p} with its
     * parameters, the caller's scope included; bound while the request's identity is at hand.
     */
    public record Selection(String condition, Map<String, Object> parameters) {
    }

    /** See {@link Selection}; 400 naming the query parameter for a bad filter value. */
    public Selection select(ProducerFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.query() != null && !filter.query().isBlank()) {
            where.add("p.searchKey like :q escape '\\'");
            params.and("q", VietnameseText.containsPattern(filter.query()));
        }
        if (filter.type() != null) {
            where.add("p.type = :type");
            params.and("type", filter.type());
        }
        if (filter.areaId() != null) {
            String prefix = areas.subtreePathPrefix(filter.areaId())
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.area-unknown", filter.areaId()));
            where.add("p.areaPath like :areaPath");
            params.and("areaPath", prefix + "%");
        }
        if (filter.registrationCode() != null && !filter.registrationCode().isBlank()) {
            where.add("p.registrationCode = :registrationCode");
            params.and("registrationCode", canonicalCode(filter.registrationCode()));
        }
        if (filter.taxCode() != null && !filter.taxCode().isBlank()) {
            where.add("p.taxCode = :taxCode");
            params.and("taxCode", filter.taxCode().strip());
        }
        ListFilter scope = access.listFilter();
        String visible = scope.jpql("p.areaPath", "p.id");
        if (visible != null) {
            where.add(visible);
            scope.parameters().forEach(params::and);
        }
        return new Selection(where.isEmpty() ? "1 = 1" : String.join(" and ", where), Map.copyOf(params.map()));
    }

    @Transactional
    public Producer create(ProducerRequest request) {
        String code = canonicalCode(request.registrationCode());
        String taxCode = blankToNull(request.taxCode());
        ProducerIdentifiers.check(request, code, taxCode, blankToNull(request.citizenId()), null);
        Area area = placeableArea(request.areaId());
        if (producers.existsByRegistrationCode(code, null)) {
            throw duplicate(code);
        }
        if (taxCode != null && producers.existsByTaxCode(taxCode, null)) {
            throw duplicateTaxCode(taxCode);
        }
        Producer producer = new Producer();
        apply(producer, request, area);
        try {
            producers.persist(producer);
            producers.flush();
        } catch (PersistenceException e) {
            throw translate(e, code, taxCode);
        }
        audit.record("producer.create", AUDIT_TYPE, producer.id, null, producer.areaPath, null,
                ProducerResponse.of(producer));
        return producer;
    }

    @Transactional
    public Optional<Producer> update(Long id, ProducerRequest request, long expectedVersion) {
        Optional<Producer> found = findById(id);
        if (found.isEmpty()) {
            return found;
        }
        Producer producer = found.get();
        ETags.checkVersion(expectedVersion, producer.version);
        String code = canonicalCode(request.registrationCode());
        String taxCode = blankToNull(request.taxCode());
        ProducerIdentifiers.check(request, code, taxCode, blankToNull(request.citizenId()), producer);
        boolean moves = !Objects.equals(producer.areaId, request.areaId());
        if (moves && access.scope().is(Role.PRODUCER)) {
            // Moving a producer to another unit is the officers' decision.
            throw AccessPolicy.forbidden();
        }
        // A producer may stay in a unit that has since been merged; moving it needs a unit in force today.
        Area area = moves ? placeableArea(request.areaId()) : producer.area;
        if (!code.equals(producer.registrationCode) && producers.existsByRegistrationCode(code, id)) {
            throw duplicate(code);
        }
        if (taxCode != null && !taxCode.equals(producer.taxCode) && producers.existsByTaxCode(taxCode, id)) {
            throw duplicateTaxCode(taxCode);
        }
        ProducerResponse before = ProducerResponse.of(producer);
        apply(producer, request, area);
        try {
            producers.flush();
        } catch (PersistenceException e) {
            throw translate(e, code, taxCode);
        }
        audit.record("producer.update", AUDIT_TYPE, producer.id, null, producer.areaPath, before,
                ProducerResponse.of(producer));
        return found;
    }

    /** Deletes a producer that has no products; false when there is no such producer. */
    @Transactional
    public boolean delete(Long id, long expectedVersion) {
        Optional<Producer> found = findById(id);
        if (found.isEmpty()) {
            return false;
        }
        Producer producer = found.get();
        ETags.checkVersion(expectedVersion, producer.version);
        if (producers.countProducts(id) > 0) {
            throw ApiException.stateConflict("detail.producer-has-products", id);
        }
        ProducerResponse before = ProducerResponse.of(producer);
        try {
            producers.delete(producer);
            producers.flush();
        } catch (PersistenceException e) {
            throw translate(e, producer.registrationCode, producer.taxCode);
        }
        audit.record("producer.delete", AUDIT_TYPE, before.id(), null, before.areaPath(), before, null);
        return true;
    }

    private static void apply(Producer producer, ProducerRequest request, Area area) {
        producer.name = request.name().strip();
        producer.searchKey = VietnameseText.fold(producer.name);
        producer.type = request.type();
        producer.registrationCode = canonicalCode(request.registrationCode());
        producer.taxCode = blankToNull(request.taxCode());
        producer.citizenId = blankToNull(request.citizenId());
        producer.representativeName = blankToNull(request.representativeName());
        producer.representativeWoman = Boolean.TRUE.equals(request.representativeWoman());
        producer.representativeEthnicMinority = Boolean.TRUE.equals(request.representativeEthnicMinority());
        producer.addressLine = blankToNull(request.addressLine());
        producer.area = area;
        producer.areaId = area.id;
        producer.areaPath = area.path;
        producer.phone = blankToNull(request.phone());
        producer.email = blankToNull(request.email());
        producer.website = blankToNull(request.website());
    }

    /**
     * The stored form of a registration code: trimmed and upper-cased, so that codes differing only in case are one
     * code (mã số không phân biệt hoa thường; V11 brought stored codes to this form).
     */
    static String canonicalCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static ApiException duplicate(String code) {
        return ApiException.conflict("registrationCode", "reason.registration-code-taken", code);
    }

    private static ApiException duplicateTaxCode(String taxCode) {
        return ApiException.conflict("taxCode", "reason.tax-code-taken", taxCode);
    }

    /**
     * A unique-code violation (e.g. two creations racing) is a 409 on registrationCode or taxCode (told apart by the
     * constraint's name); a product added meanwhile, 409.
     */
    private static RuntimeException translate(PersistenceException e, String code, String taxCode) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
                if (name.contains(TAX_CODE_CONSTRAINT)) {
                    return duplicateTaxCode(taxCode);
                }
                if (name.contains(REGISTRATION_CODE_CONSTRAINT)) {
                    return duplicate(code);
                }
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                return message.contains(TAX_CODE_CONSTRAINT) ? duplicateTaxCode(taxCode) : duplicate(code);
            }
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                // Products are checked first; this is another record (an account, a training) referring to it.
                return ApiException.stateConflict("detail.still-referenced", "entity.producer");
            }
        }
        return e;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
