package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;

/**
 * Recorded actuals of the targets the data cannot count (kind OTHER): listed, added and removed under the plan's
 * If-Match, each change moving the plan's version on and written to the audit log. Never edited: a wrong entry is
 * removed and entered again, so the log shows both.
 */
@ApplicationScoped
@Transactional
public class TargetActualService {

    static final String AUDIT_TYPE = "plan-target-actual";

    private final PlanService plans;
    private final PlanTargetRepository targets;
    private final TargetActualRepository actuals;
    private final AuditLog audit;
    private final Today today;

    public TargetActualService(PlanService plans, PlanTargetRepository targets, TargetActualRepository actuals,
            AuditLog audit, Today today) {
        this.plans = plans;
        this.targets = targets;
        this.actuals = actuals;
        this.audit = audit;
        this.today = today;
    }

    public PlanVersioned<List<TargetActualResponse>> list(long planId, long targetId) {
        Plan plan = plans.require(planId);
        target(planId, targetId);
        return new PlanVersioned<>(actuals.forTarget(targetId).stream().map(TargetActualResponse::of).toList(),
                plan.version);
    }

    public PlanVersioned<TargetActualResponse> create(long planId, long targetId, Long expectedVersion,
            TargetActualRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanTarget target = target(planId, targetId);
        if (target.kind != TargetKind.OTHER) {
            throw ApiException.stateConflict("detail.plan.target-computed", target.kind.name());
        }
        if (request.achievedOn().getYear() != plan.year) {
            throw ApiException.invalidField("achievedOn", "reason.plan.actual-outside-year", String.valueOf(plan.year));
        }
        if (request.achievedOn().isAfter(today.date())) {
            throw ApiException.invalidField("achievedOn", "reason.plan.actual-in-future");
        }
        TargetActual actual = new TargetActual();
        actual.target = target;
        actual.amount = request.amount();
        actual.achievedOn = request.achievedOn();
        actual.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        actual.recordedBy = audit.actor();
        actuals.persist(actual);
        long version = plans.touch(plan);
        TargetActualResponse created = TargetActualResponse.of(actual);
        audit.record(AUDIT_TYPE + ".create", AUDIT_TYPE, actual.id, null, plan.areaPath, null, created);
        return new PlanVersioned<>(created, version);
    }

    public long delete(long planId, long targetId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        target(planId, targetId);
        TargetActual actual = actuals.findOfTarget(targetId, id)
                .orElseThrow(() -> ApiException.notFound("entity.target-actual", Long.toString(id)));
        TargetActualResponse before = TargetActualResponse.of(actual);
        actuals.delete(actual);
        long version = plans.touch(plan);
        audit.record(AUDIT_TYPE + ".delete", AUDIT_TYPE, id, null, plan.areaPath, before, null);
        return version;
    }

    private PlanTarget target(long planId, long targetId) {
        return targets.findInPlan(planId, targetId)
                .orElseThrow(() -> ApiException.notFound("entity.target", Long.toString(targetId)));
    }
}
