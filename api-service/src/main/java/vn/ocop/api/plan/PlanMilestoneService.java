package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;

/** Milestones (mốc thời gian) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
@Transactional
public class PlanMilestoneService {

    static final String AUDIT_TYPE = "plan-milestone";

    private final PlanService plans;
    private final PlanMilestoneRepository milestones;
    private final AuditLog audit;

    public PlanMilestoneService(PlanService plans, PlanMilestoneRepository milestones, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.milestones = milestones;
    }

    public PlanPart<List<MilestoneResponse>> list(long planId) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(milestones.forPlan(planId).stream().map(PlanMapper::milestone).toList(),
                plan.version);
    }

    public PlanPart<MilestoneResponse> get(long planId, long id) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(PlanMapper.milestone(require(planId, id)), plan.version);
    }

    public PlanPart<MilestoneResponse> create(long planId, Long expectedVersion, MilestoneRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        check(request);
        PlanMilestone milestone = new PlanMilestone();
        milestone.plan = plan;
        PlanMapper.apply(request, milestone);
        milestones.persist(milestone);
        long version = plans.touch(plan);
        MilestoneResponse created = PlanMapper.milestone(milestone);
        audit.record(AUDIT_TYPE + ".create", AUDIT_TYPE, milestone.id, null, plan.areaPath, null, created);
        return new PlanPart<>(created, version);
    }

    public PlanPart<MilestoneResponse> update(long planId, long id, long expectedVersion, MilestoneRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanMilestone milestone = require(planId, id);
        check(request);
        MilestoneResponse before = PlanMapper.milestone(milestone);
        PlanMapper.apply(request, milestone);
        long version = plans.touch(plan);
        MilestoneResponse after = PlanMapper.milestone(milestone);
        audit.record(AUDIT_TYPE + ".update", AUDIT_TYPE, id, null, plan.areaPath, before, after);
        return new PlanPart<>(after, version);
    }

    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanMilestone milestone = require(planId, id);
        MilestoneResponse before = PlanMapper.milestone(milestone);
        milestones.delete(milestone);
        long version = plans.touch(plan);
        audit.record(AUDIT_TYPE + ".delete", AUDIT_TYPE, id, null, plan.areaPath, before, null);
        return version;
    }

    private static void check(MilestoneRequest request) {
        if (request.startsOn() != null && request.startsOn().isAfter(request.dueOn())) {
            throw ApiException.invalidField("startsOn", "reason.plan.starts-after-due");
        }
    }

    private PlanMilestone require(long planId, long id) {
        return milestones.findInPlan(planId, id)
                .orElseThrow(() -> ApiException.notFound("entity.milestone", Long.toString(id)));
    }
}
