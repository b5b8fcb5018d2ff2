package vn.ocop.api.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.ListFilter;

/**
 * Plans (kế hoạch OCOP): create, read, list, change and delete; the plan's version guards every change.
 * Scoping: officers reach the plans of their area and its sub-areas (others: 404, left out of lists), and may
 * only give a plan an area they reach (else 400 on {@code areaId}, as for an unknown area). Targets, milestones,
 * activities and progress are reached through {@link #require}, so they follow the plan.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Map<String, String> SORTS = Map.of(
            "year", "year", "number", "number", "issuedOn", "issuedOn", "title", "title", "id", "id");

    static final String AUDIT_TYPE = "plan";

    private final PlanRepository plans;
    private final PlanTargetRepository targets;
    private final PlanMilestoneRepository milestones;
    private final PlanActivityRepository activities;
    private final AreaRepository areas;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Today today;

    public PlanService(PlanRepository plans, PlanTargetRepository targets, PlanMilestoneRepository milestones,
            PlanActivityRepository activities, AreaRepository areas, AccessPolicy access, AuditLog audit,
            Today today) {
        this.today = today;
        this.audit = audit;
        this.plans = plans;
        this.targets = targets;
        this.milestones = milestones;
        this.activities = activities;
        this.areas = areas;
        this.access = access;
    }

    public PlanResponse get(long id) {
        return full(require(id));
    }

    /** Plans of an area and its sub-areas and/or of a year, one page. */
    public PageResponse<PlanSummaryResponse> list(Long areaId, Integer year, PageQuery page) {
        Sort sort = SortSpec.parse(page.sort, SORTS, "-year,number");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (areaId != null) {
            where.add("areaPath like :path");
            params.put("path", area(areaId).path + "%");
        }
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        ListFilter scope = access.listFilter();
        String visible = scope.jpql("areaPath", null);
        if (visible != null) {
            where.add(visible);
            params.putAll(scope.parameters());
        }
        PanacheQuery<Plan> query = where.isEmpty() ? plans.findAll(sort)
                : plans.find(String.join(" and ", where), sort, params);
        long total = query.count();
        List<PlanSummaryResponse> items = query.page(Page.of(page.page, page.size)).list().stream()
                .map(PlanMapper::summary).toList();
        return new PageResponse<>(items, total, page.page, page.size);
    }

    public PlanResponse create(PlanRequest request) {
        Plan plan = new Plan();
        apply(request, plan);
        plans.persistAndFlush(plan);
        PlanResponse created = full(plan);
        audit.record("plan.create", AUDIT_TYPE, plan.id, null, plan.areaPath, null, created);
        return created;
    }

    public PlanResponse update(long id, long expectedVersion, PlanRequest request) {
        Plan plan = require(id);
        ETags.checkVersion(expectedVersion, plan.version);
        PlanResponse before = full(plan);
        apply(request, plan);
        plans.flush();
        PlanResponse after = full(plan);
        audit.record("plan.update", AUDIT_TYPE, plan.id, null, plan.areaPath, before, after);
        return after;
    }

    /** Deletes the plan with its targets, milestones and activities. */
    public void delete(long id, long expectedVersion) {
        Plan plan = require(id);
        ETags.checkVersion(expectedVersion, plan.version);
        PlanResponse before = full(plan);
        for (PlanActivity activity : activities.forPlan(id)) {
            activities.delete(activity);
        }
        // One by one, not in bulk: the snapshot above holds the parts in the persistence context.
        for (PlanTarget target : targets.forPlan(id)) {
            targets.delete(target);
        }
        for (PlanMilestone milestone : milestones.forPlan(id)) {
            milestones.delete(milestone);
        }
        plans.delete(plan);
        audit.record("plan.delete", AUDIT_TYPE, id, null, plan.areaPath, before, null);
    }

    // ---- shared by the services of the plan's parts ----

    /** The plan; 404 when missing or outside the caller's area. */
    Plan require(long id) {
        Plan plan = plans.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("entity.plan", Long.toString(id)));
        access.requireAreaVisible(plan.areaPath, "entity.plan", Long.toString(id));
        return plan;
    }

    /** The plan about to change; with an expected version (If-Match), 412 when stale. */
    Plan forChange(long id, Long expectedVersion) {
        Plan plan = require(id);
        if (expectedVersion != null) {
            ETags.checkVersion(expectedVersion, plan.version);
        }
        return plan;
    }

    /** Marks the plan changed so its version moves on with the change of a part; returns the new version. */
    long touch(Plan plan) {
        plan.updatedAt = today.now();
        plans.flush();
        return plan.version;
    }

    private void apply(PlanRequest request, Plan plan) {
        Area area = placeableArea(request.areaId());
        PlanMapper.apply(request, plan);
        plan.area = area;
        plan.areaPath = area.path;
    }

    /** An area the caller reaches (areas outside it are refused like unknown ones). */
    private Area placeableArea(long areaId) {
        Area area = area(areaId);
        if (!access.canAccessArea(area.path)) {
            throw unknownArea(areaId);
        }
        return area;
    }

    private Area area(long areaId) {
        return areas.findByIdOptional(areaId).orElseThrow(() -> unknownArea(areaId));
    }

    private static ApiException unknownArea(long areaId) {
        return ApiException.invalidField("areaId", "reason.plan.unknown-area", Long.toString(areaId));
    }

    private PlanResponse full(Plan plan) {
        return PlanMapper.full(plan, targets.forPlan(plan.id), milestones.forPlan(plan.id),
                activities.forPlan(plan.id));
    }
}
