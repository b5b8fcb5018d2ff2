package vn.ocop.api.area;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;

/**
 * The administrative hierarchy: lookups by id and official code on a date, lists, and single-unit writes. Other
 * features use {@link #subtreePathPrefix(Long)} for "this area and its sub-areas" filters and
 * {@link #requireValidOn(Long, LocalDate, String)} to check an area a record is placed in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {

    static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "level", "level", "validFrom", "validFrom", "id", "id");

    /** Audit entries of areas are reference data changes: ADMIN reads them (no area path). */
    static final String AUDIT_TYPE = "area";

    private final AreaRepository areas;
    private final ReadCache reads;
    private final AuditLog audit;

    public AreaService(AreaRepository areas, ReadCache reads, AuditLog audit) {
        this.audit = audit;
        this.areas = areas;
        this.reads = reads;
    }

    /** The folded text a unit is searched by: its full name (with the unit type) or else its name. */
    static String searchKeyOf(String name, String fullName) {
        return VietnameseText.fold(fullName != null && !fullName.isBlank() ? fullName : name);
    }

    public Optional<Area> findById(Long id) {
        return areas.findByIdOptional(id);
    }

    /** The unit with this official code in force on {@code date}. */
    public Optional<Area> findCurrentByCode(String code, LocalDate date) {
        return areas.findValidByCode(code, date);
    }

    /**
     * The path of an area ("/3/17/"), for {@code area_path LIKE prefix || '%'} filters that match the area and
     * every unit below it; empty when the area does not exist. Cached ({@link ReadCache}): every list filtered by
     * area asks for it.
     */
    public Optional<String> subtreePathPrefix(Long areaId) {
        return areaId == null ? Optional.empty() : reads.get("areas.path", areaId, () -> areas.pathOf(areaId));
    }

    /** The area with this id in force on {@code date}; otherwise a 400 naming {@code field}. */
    public Area requireValidOn(Long areaId, LocalDate date, String field) {
        if (areaId == null) {
            throw ApiException.invalidField(field, "reason.required");
        }
        Area area = areas.findByIdOptional(areaId)
                .orElseThrow(() -> ApiException.invalidField(field, "reason.area-unknown", areaId));
        if (!area.validOn(date)) {
            throw ApiException.invalidField(field, "reason.area-not-valid", areaId, date);
        }
        return area;
    }

    public PageResponse<Area> list(AreaFilter filter, PageQuery page) {
        Sort sort = SortSpec.parse(page.sort, SORTABLE, "code");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.level() != null) {
            where.add("level = :level");
            params.and("level", filter.level());
        }
        if (filter.parentId() != null) {
            where.add("parentId = :parentId");
            params.and("parentId", filter.parentId());
        }
        if (filter.parentCode() != null) {
            where.add("parent.code = :parentCode");
            params.and("parentCode", filter.parentCode());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.add("searchKey like :q escape '\\'");
            params.and("q", VietnameseText.containsPattern(filter.query()));
        }
        if (filter.validOn() != null) {
            where.add("validFrom <= :validOn and (validTo is null or validTo > :validOn)");
            params.and("validOn", filter.validOn());
        }
        String query = String.join(" and ", where);
        var found = query.isEmpty() ? areas.findAll(sort) : areas.find(query, sort, params);
        found.page(Page.of(page.page, page.size));
        return new PageResponse<>(found.list(), found.count(), page.page, page.size);
    }

    @Transactional
    public Area create(AreaRequest request) {
        Area parent = checkHierarchy(request);
        if (areas.existsByCodeAndValidFrom(request.code(), request.validFrom())) {
            throw ApiException.conflict("code", "reason.area-code-taken", request.code(), request.validFrom());
        }
        Area area = new Area();
        area.code = request.code();
        area.level = request.level();
        area.validFrom = request.validFrom();
        apply(area, request);
        area.setParentArea(parent);
        area.path = AreaRepository.PENDING_PATH;
        areas.persist(area);
        areas.fillPendingPaths();
        areas.getEntityManager().refresh(area);
        audit.record("area.create", AUDIT_TYPE, area.id, null, null, null, AreaResponse.of(area));
        return area;
    }

    /** Changes names and end date; code, level, parent and validFrom identify the unit and cannot change. */
    @Transactional
    public Optional<Area> update(Long id, AreaRequest request, long expectedVersion) {
        Optional<Area> found = areas.findByIdOptional(id);
        found.ifPresent(area -> {
            ETags.checkVersion(expectedVersion, area.version);
            List<FieldError> fixed = new ArrayList<>();
            if (!area.code.equals(request.code())) {
                fixed.add(new FieldError("code", "reason.area-immutable"));
            }
            if (area.level != request.level()) {
                fixed.add(new FieldError("level", "reason.area-immutable"));
            }
            if (!Objects.equals(area.parentId, request.parentId())) {
                fixed.add(new FieldError("parentId", "reason.area-immutable"));
            }
            if (!area.validFrom.equals(request.validFrom())) {
                fixed.add(new FieldError("validFrom", "reason.area-immutable"));
            }
            if (!fixed.isEmpty()) {
                throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", fixed);
            }
            checkValidity(request);
            AreaResponse before = AreaResponse.of(area);
            apply(area, request);
            areas.flush();
            audit.record("area.update", AUDIT_TYPE, area.id, null, null, before, AreaResponse.of(area));
        });
        return found;
    }

    private static void apply(Area area, AreaRequest request) {
        area.name = request.name().strip();
        area.fullName = blankToNull(request.fullName());
        area.nameEn = blankToNull(request.nameEn());
        area.validTo = request.validTo();
        area.searchKey = searchKeyOf(area.name, area.fullName);
    }

    private Area checkHierarchy(AreaRequest request) {
        checkValidity(request);
        if (request.level() == AreaLevel.PROVINCE) {
            if (request.parentId() != null) {
                throw ApiException.invalidField("parentId", "reason.area-province-parent");
            }
            return null;
        }
        if (request.parentId() == null) {
            throw ApiException.invalidField("parentId", "reason.required");
        }
        Area parent = requireValidOn(request.parentId(), request.validFrom(), "parentId");
        if (parent.level.ordinal() >= request.level().ordinal()) {
            throw ApiException.invalidField("parentId", "reason.area-parent-level");
        }
        return parent;
    }

    private static void checkValidity(AreaRequest request) {
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            throw ApiException.invalidField("validTo", "reason.area-valid-to");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
