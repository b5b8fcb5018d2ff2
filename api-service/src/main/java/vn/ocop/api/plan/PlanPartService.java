package vn.ocop.api.plan;

import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;

/**
 * What the parts of a plan (targets, milestones, activities) share: read them with the plan's version; add,
 * replace or remove one under the plan's If-Match, moving the plan's version on and writing an audit entry
 * ({@code <auditType>.create|update|delete}). A part says only how it is made, checked, filled and shown.
 *
 * @param <E> the stored part
 * @param <Q> its request
 * @param <R> its response
 */
@Transactional
public abstract class PlanPartService<E extends PlanPart, Q, R> {

    private final PlanService plans;
    private final PlanPartRepository<E> parts;
    private final AuditLog audit;
    private final String auditType;
    private final String entityKey;

    /**
     * @param auditType the audit entity type, e.g. {@code plan-target}
     * @param entityKey the message key naming the part in a 404, e.g. {@code entity.target}
     */
    protected PlanPartService(PlanService plans, PlanPartRepository<E> parts, AuditLog audit, String auditType,
            String entityKey) {
        this.plans = plans;
        this.parts = parts;
        this.audit = audit;
        this.auditType = auditType;
        this.entityKey = entityKey;
    }

    /** For the CDI client proxy only (ArC adds the subclasses' own no-args constructors from this one). */
    protected PlanPartService() {
        this(null, null, null, null, null);
    }

    /** A new, empty part. */
    protected abstract E newPart();

    /**
     * The part's rules beyond field validation, for a part of {@code plan}; throws {@link ApiException} when the
     * request breaks one.
     */
    protected abstract void check(Q request, Plan plan);

    /** Copies the request onto the part. */
    protected abstract void apply(Q request, E part);

    /** The part as answered (and as recorded in the audit log). */
    protected abstract R response(E part);

    public PlanVersioned<List<R>> list(long planId) {
        Plan plan = plans.require(planId);
        return new PlanVersioned<>(parts.forPlan(planId).stream().map(this::response).toList(), plan.version);
    }

    public PlanVersioned<R> get(long planId, long id) {
        Plan plan = plans.require(planId);
        return new PlanVersioned<>(response(require(planId, id)), plan.version);
    }

    /** Adds a part; {@code expectedVersion} is checked when given (If-Match is optional here). */
    public PlanVersioned<R> create(long planId, Long expectedVersion, Q request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        check(request, plan);
        E part = newPart();
        part.plan = plan;
        apply(request, part);
        parts.persist(part);
        long version = plans.touch(plan);
        R created = response(part);
        audit.record(auditType + ".create", auditType, part.id, null, plan.areaPath, null, created);
        return new PlanVersioned<>(created, version);
    }

    public PlanVersioned<R> update(long planId, long id, long expectedVersion, Q request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        E part = require(planId, id);
        check(request, plan);
        R before = response(part);
        apply(request, part);
        long version = plans.touch(plan);
        R after = response(part);
        audit.record(auditType + ".update", auditType, id, null, plan.areaPath, before, after);
        return new PlanVersioned<>(after, version);
    }

    /** Removes a part; answers the plan's new version. */
    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        E part = require(planId, id);
        R before = response(part);
        parts.delete(part);
        long version = plans.touch(plan);
        audit.record(auditType + ".delete", auditType, id, null, plan.areaPath, before, null);
        return version;
    }

    private E require(long planId, long id) {
        return parts.findInPlan(planId, id)
                .orElseThrow(() -> ApiException.notFound(entityKey, Long.toString(id)));
    }
}
