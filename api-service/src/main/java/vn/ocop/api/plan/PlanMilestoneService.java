package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;

/** Milestones (mốc thời gian) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
@Transactional
public class PlanMilestoneService {

    private final PlanService plans;
    private final PlanMilestoneRepository milestones;

    public PlanMilestoneService(PlanService plans, PlanMilestoneRepository milestones) {
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
        return new PlanPart<>(PlanMapper.milestone(milestone), plans.touch(plan));
    }

    public PlanPart<MilestoneResponse> update(long planId, long id, long expectedVersion, MilestoneRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanMilestone milestone = require(planId, id);
        check(request);
        PlanMapper.apply(request, milestone);
        return new PlanPart<>(PlanMapper.milestone(milestone), plans.touch(plan));
    }

    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        milestones.delete(require(planId, id));
        return plans.touch(plan);
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
