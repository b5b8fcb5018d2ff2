package vn.ocop.api.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Plan} records. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {
}
