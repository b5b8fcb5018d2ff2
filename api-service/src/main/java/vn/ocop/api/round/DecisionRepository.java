package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Decision} records. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepository<Decision> {
}
