package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
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
public class PlanActivityService extends PlanPartService<PlanActivity, ActivityRequest, ActivityResponse> {

    private final ProducerRepository producers;
    private final AccessPolicy access;

    public PlanActivityService(PlanService plans, PlanActivityRepository activities, ProducerRepository producers,
            AccessPolicy access, AuditLog audit) {
        super(plans, activities, audit, "plan-activity", "entity.activity");
        this.producers = producers;
        this.access = access;
    }

    @Override
    protected PlanActivity newPart() {
        return new PlanActivity();
    }

    /** Producers trained are listed only for training classes, and must exist. */
    @Override
    protected void check(ActivityRequest request, Plan plan) {
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

    @Override
    protected void apply(ActivityRequest request, PlanActivity activity) {
        PlanMapper.apply(request, activity);
    }

    @Override
    protected ActivityResponse response(PlanActivity activity) {
        return PlanMapper.activity(activity);
    }
}
