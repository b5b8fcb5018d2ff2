package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.security.AccessPolicy;

/** Activities (hoạt động) of a plan: training classes, OCOP shops, fairs. Every change moves the plan's version on. */
@ApplicationScoped
@Transactional
public class PlanActivityService {

    static final String AUDIT_TYPE = "plan-activity";

    private final PlanService plans;
    private final PlanActivityRepository activities;
    private final ProducerRepository producers;
    private final AccessPolicy access;
    private final AuditLog audit;

    public PlanActivityService(PlanService plans, PlanActivityRepository activities, ProducerRepository producers,
            AccessPolicy access, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.activities = activities;
        this.producers = producers;
        this.access = access;
    }

    public PlanPart<List<ActivityResponse>> list(long planId) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(activities.forPlan(planId).stream().map(PlanMapper::activity).toList(),
                plan.version);
    }

    public PlanPart<ActivityResponse> get(long planId, long id) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(PlanMapper.activity(require(planId, id)), plan.version);
    }

    public PlanPart<ActivityResponse> create(long planId, Long expectedVersion, ActivityRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        check(request);
        PlanActivity activity = new PlanActivity();
        activity.plan = plan;
        PlanMapper.apply(request, activity);
        activities.persist(activity);
        long version = plans.touch(plan);
        ActivityResponse created = PlanMapper.activity(activity);
        audit.record(AUDIT_TYPE + ".create", AUDIT_TYPE, activity.id, null, plan.areaPath, null, created);
        return new PlanPart<>(created, version);
    }

    public PlanPart<ActivityResponse> update(long planId, long id, long expectedVersion, ActivityRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanActivity activity = require(planId, id);
        check(request);
        ActivityResponse before = PlanMapper.activity(activity);
        PlanMapper.apply(request, activity);
        long version = plans.touch(plan);
        ActivityResponse after = PlanMapper.activity(activity);
        audit.record(AUDIT_TYPE + ".update", AUDIT_TYPE, id, null, plan.areaPath, before, after);
        return new PlanPart<>(after, version);
    }

    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanActivity activity = require(planId, id);
        ActivityResponse before = PlanMapper.activity(activity);
        activities.delete(activity);
        long version = plans.touch(plan);
        audit.record(AUDIT_TYPE + ".delete", AUDIT_TYPE, id, null, plan.areaPath, before, null);
        return version;
    }

    /** Producers trained are listed only for training classes, and must exist. */
    private void check(ActivityRequest request) {
        List<Long> ids = request.producerIds();
        if (ids == null || ids.isEmpty()) {
            return;
        }
        if (request.kind() != ActivityKind.TRAINING_CLASS) {
            throw ApiException.invalidField("producerIds", TargetRules.NOT_ALLOWED, request.kind().name());
        }
        // Producers outside the caller's reach are as unknown as missing ones.
        Set<Long> known = new HashSet<>();
        for (Object[] row : producers.getEntityManager()
                .createQuery("select p.id, p.areaPath from Producer p where p.id in :ids", Object[].class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultList()) {
            if (access.scope().canAccessProducer((Long) row[0], (String) row[1])) {
                known.add((Long) row[0]);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError("producerIds[" + i + "]", "reason.plan.unknown-producer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
    }

    private PlanActivity require(long planId, long id) {
        return activities.findInPlan(planId, id)
                .orElseThrow(() -> ApiException.notFound("entity.activity", Long.toString(id)));
    }
}
